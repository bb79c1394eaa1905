package org.newsum.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsum.SummaryRequest;
import org.newsum.documents.ClusterJson;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.documents.PublicationDate;
import org.newsum.documents.StrictJson;
import org.newsum.model.Budget;
import org.newsum.model.Document;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;

/**
 * What the API's request bodies share, read one way: strict JSON, documents (text, HTML or a
 * fetched page), the method with its options, the length. Every problem is an {@link
 * ApiException} (400) naming the field.
 */
final class RequestJson {
  /** The fields of one document. */
  private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "text", "html", "url", "date", "language");
  /** The length fields, at most one per request. */
  private static final List<String> LENGTHS = List.of("words", "bytes", "sentences", "characters");
  private static final List<String> CONTENT_FIELDS = List.of("text", "html", "url");
  /** How a document's {@code "url"} is read. */
  enum Url {
    /** The document's content: the page is fetched; with {@code "text"} or {@code "html"} it is a 400. */
    CONTENT,
    /** Beside {@code "text"} or {@code "html"}, the article's address (kept, not fetched); alone, the page is fetched. */
    SOURCE_OR_CONTENT
  }

  private RequestJson() {}

  /** The body as a JSON object, strictly parsed. */
  static JsonNode readObject(byte[] body, String expected) {
    if (body.length == 0) {
      throw ApiException.badRequest("empty body: expected a JSON object");
    }
    JsonNode root;
    try {
      root = StrictJson.read(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + StrictJson.problem(e));
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
    if (!root.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object " + expected);
    }
    return root;
  }

  /**
   * The non-empty array {@code field} of {@code root}, of at most {@code maxDocuments} documents.
   *
   * @param what what the documents are, for the messages ("documents")
   * @param form the form of one document, for the message when the array is missing
   */
  static JsonNode documentArray(JsonNode root, String field, int maxDocuments, String what, String form) {
    JsonNode array = root.get(field);
    if (array == null || array.isNull()) {
      throw ApiException.badRequest("\"" + field + "\" is missing: give an array of " + what + " " + form);
    }
    if (!array.isArray()) {
      throw ApiException.badRequest("\"" + field + "\" must be an array of " + what);
    }
    if (array.isEmpty()) {
      throw ApiException.badRequest("no " + what + ": \"" + field + "\" is empty");
    }
    return checkSize(array, maxDocuments, what);
  }

  /** {@code array}, unless it has more than {@code maxDocuments} elements (a 400). */
  static JsonNode checkSize(JsonNode array, int maxDocuments, String what) {
    if (array.size() > maxDocuments) {
      throw ApiException.badRequest("too many " + what + ": " + array.size() + " (the limit is " + maxDocuments + ")");
    }
    return array;
  }

  /**
   * The documents of {@code array} (named {@code field} in messages), ids unique within it.
   *
   * @param reader reduces {@code "html"} (and HTML given as {@code "text"}) to article text, fetches {@code "url"} pages
   * @param fetchUrls whether pages are fetched (else a {@code "url"} to fetch is refused)
   */
  static List<Document> documents(JsonNode array, String field, DocumentReader reader, boolean fetchUrls, Url url) {
    List<Document> documents = new ArrayList<>(array.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      Document d = document(array.get(i), field + "[" + i + "]", i, reader, fetchUrls, url);
      if (!ids.add(d.id())) {
        throw ApiException.badRequest(field + "[" + i + "]: duplicate id '" + d.id() + "'");
      }
      documents.add(d);
    }
    return documents;
  }

  private static Document document(JsonNode node, String where, int i, DocumentReader reader, boolean fetchUrls, Url url) {
    if (!node.isObject()) {
      throw ApiException.badRequest(where + " must be an object {\"id\",\"title\",\"text\", \"html\" or \"url\"}");
    }
    rejectUnknownFields(node, DOCUMENT_FIELDS, where + ".");
    String id = optionalText(node, "id", where);
    id = id == null || id.isBlank() ? ClusterJson.defaultDocumentId(i) : id.strip();
    String title = optionalText(node, "title", where);
    List<String> given = CONTENT_FIELDS.stream().filter(node::hasNonNull).toList();
    String source = "";
    if (url == Url.SOURCE_OR_CONTENT && given.size() > 1 && given.contains("url")) {
      source = optionalText(node, "url", where).strip();
      given = given.stream().filter(f -> !f.equals("url")).toList();
    }
    String named = where + " ('" + id + "')";
    if (given.size() > 1) {
      throw ApiException.badRequest(named + ": give one of \"text\", \"html\" or \"url\", not " + String.join(" and ", given));
    }
    if (given.isEmpty()) {
      throw ApiException.badRequest(named + ": \"text\", \"html\" or \"url\" is missing");
    }
    String field = given.get(0);
    String content = optionalText(node, field, where);
    if (content.isBlank()) {
      throw ApiException.badRequest(named + ": the " + field + " is empty");
    }
    LocalDate date = date(node, named);
    String language;
    try {
      language = Document.languageCode(optionalText(node, "language", where));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(named + ": \"language\": " + e.getMessage());
    }
    Document d = switch (field) {
      case "url" -> fetch(reader, content.strip(), named, fetchUrls);
      case "html" -> reader.fromBytes(id, named, content.getBytes(StandardCharsets.UTF_8), true);
      default -> reader.fromText(id, named, content, false, "");
    };
    return new Document(id, title == null || title.isBlank() ? d.title() : title.strip(), d.text(),
        date != null ? date : d.date(), source.isEmpty() ? d.source() : source, language);
  }

  private static Document fetch(DocumentReader reader, String url, String where, boolean fetchUrls) {
    if (!fetchUrls) {
      throw ApiException.badRequest(where + ": this server does not fetch pages (start it with --allow-fetch);"
          + " paste the page's text or HTML instead");
    }
    if (!DocumentReader.isUrl(url)) {
      throw ApiException.badRequest(where + ": \"url\" must be an http:// or https:// address, got \"" + url + "\"");
    }
    try {
      return reader.fetch(url);
    } catch (InputException e) {
      throw ApiException.badRequest(where + ": " + e.getMessage());
    }
  }

  /** The given publication date, or null when none is given (an HTML page's own date then stands). */
  private static LocalDate date(JsonNode document, String where) {
    try {
      return PublicationDate.fromJson(document.get("date"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(where + ": " + e.getMessage());
    }
  }

  /** The method's options, those of {@code "options": {name: value}} set (a NewsumException, so a 400, names a bad one). */
  static MethodOptions options(JsonNode root) {
    String method = optionalText(root, "method", "");
    MethodOptions options = Summarizers.options(method == null || method.isBlank() ? Summarizers.DEFAULT : method);
    JsonNode given = root.get("options");
    if (given == null || given.isNull()) {
      return options;
    }
    if (!given.isObject()) {
      throw ApiException.badRequest("\"options\" must be an object {name: value}; GET /api/methods lists each method's options");
    }
    for (Map.Entry<String, JsonNode> option : given.properties()) {
      options = options.with(option.getKey(), number(option, "options"));
    }
    return options;
  }

  /** The value of one {@code {name: value}} entry of {@code field}: a number, or a number as a string. */
  static String number(Map.Entry<String, JsonNode> entry, String field) {
    JsonNode value = entry.getValue();
    if (!value.isNumber() && !value.isTextual()) {
      throw ApiException.badRequest(field + "." + entry.getKey() + " must be a number");
    }
    return value.asText();
  }

  /** The one length given ({@link #LENGTHS}), else the default. */
  static Budget budget(JsonNode root) {
    List<String> given = LENGTHS.stream().filter(root::hasNonNull).toList();
    if (given.size() > 1) {
      throw ApiException.badRequest("give one length, not " + String.join(" and ", given));
    }
    if (given.isEmpty()) {
      return SummaryRequest.DEFAULT_BUDGET;
    }
    String unit = given.get(0);
    JsonNode n = root.get(unit);
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1 || n.intValue() > Budget.MAX_LIMIT) {
      throw ApiException.badRequest("the length must be a whole number from 1 to " + Budget.MAX_LIMIT + " " + unit + ", got " + n);
    }
    return new Budget(Budget.Unit.valueOf(unit.toUpperCase(Locale.ROOT)), n.intValue());
  }

  static void rejectUnknownFields(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown field \"" + prefix + name + "\"; expected " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  /** The string {@code field} of {@code node}, null when absent or null; {@code where} names the node in errors. */
  static String optionalText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest((where.isEmpty() ? "" : where + ".") + field + " must be a string");
    }
    return value.textValue();
  }
}
