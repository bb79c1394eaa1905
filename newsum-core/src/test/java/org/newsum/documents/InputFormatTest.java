package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.model.Document;

/** Sniffing text of unknown origin: pages, fragments and script-heavy source are HTML, cluster lines JSONL, prose text. */
class InputFormatTest {
  private static final String PROSE = "Leaders met in Hamburg on Friday. They discussed Syria and agreed a ceasefire. ";

  @Test
  void pagesAndFragmentsAreHtml() {
    assertThat(InputFormat.sniff("<!DOCTYPE html><html><body><p>" + PROSE + "</p></body></html>"))
        .isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.sniff("\uFEFF\n  <div class=\"story\"><p>" + PROSE + "</p></div>")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.sniff("<p>" + PROSE + "</p>\n<p>" + PROSE + "</p>")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.sniff("<!-- saved from url=(0042)https://example.com/ -->\n<html lang=\"en\">"))
        .isEqualTo(InputFormat.HTML);
  }

  @Test
  void sourceThatStartsWithScriptOrTextIsHtmlByTagDensity() {
    String script = "  // Try to get the GA Cookie.\n  var c = document.cookie;\n";
    String source = "window.dataLayer = window.dataLayer || [];\n<script async src=\"/ga.js\"></script>\n<script>\n"
        + script + "</script>\n<link rel=\"stylesheet\" href=\"/a.css\">\n<meta charset=\"utf-8\">\n<title>G20</title>\n"
        + "<body><div><p>" + PROSE + "</p></div></body>";
    assertThat(InputFormat.sniff(source)).isEqualTo(InputFormat.HTML);
  }

  @Test
  void proseThatMentionsTagsIsText() {
    assertThat(InputFormat.sniff(PROSE.repeat(3))).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.sniff("Authors wrap paragraphs in <p> and links in <a href> tags. " + PROSE.repeat(20)
        + "A <div> groups them; <span> marks a phrase. " + PROSE.repeat(20))).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.sniff("<3 this story. " + PROSE)).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.sniff("{Braces} open this line. " + PROSE)).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.sniff("")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void clusterLinesAreJsonl() {
    assertThat(InputFormat.sniff("{\"id\":\"g20\",\"docs\":[{\"id\":\"a\",\"text\":\"" + PROSE + "\"}]}\n"))
        .isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.sniff("\n  { \"docs\" : [ ] }")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void aTextReadByTheDocumentReaderThatIsAnHtmlFragmentIsExtracted() {
    Document d = DocumentReader.standard().fromText("pasted", "pasted",
        "<div class=\"story\"><p>" + PROSE + "</p><p>" + PROSE + "</p></div>", false, "");
    assertThat(d.text()).contains("Leaders met in Hamburg").doesNotContain("<p>").doesNotContain("class=");
  }
}
