package org.newsum.internal.cleaning.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
  @Test
  void dropsSiteNameSuffixOrPrefix() {
    assertThat(PageMetadata.withoutSiteName("Bridge reopens after long repairs | The Gazette"))
        .isEqualTo("Bridge reopens after long repairs");
    assertThat(PageMetadata.withoutSiteName("Gazette - Bridge reopens after long repairs"))
        .isEqualTo("Bridge reopens after long repairs");
    assertThat(PageMetadata.withoutSiteName("Up-to-date bridge news")).isEqualTo("Up-to-date bridge news");
    assertThat(PageMetadata.withoutSiteName("News | Gazette")).isEqualTo("News | Gazette");
  }

  @Test
  void parsesIsoAndSlashDatesAndRejectsImpossibleOnes() {
    assertThat(PageMetadata.parseDate("2019-11-18T21:10:29+00:00")).isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(PageMetadata.parseDate("published 2018/9/28 17:32")).isEqualTo(LocalDate.of(2018, 9, 28));
    assertThat(PageMetadata.parseDate("2019-13-45")).isNull();
    assertThat(PageMetadata.parseDate("yesterday")).isNull();
    assertThat(PageMetadata.parseDate("")).isNull();
  }
}
