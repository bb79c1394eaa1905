package org.newsum.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;

/**
 * A validated {@code POST /api/summarize} body: the documents as a cluster, and the method with
 * its options and the budget as a {@link SummaryRequest}. {@link #parse} turns every problem with
 * the body into a 400 that says what is wrong.
 *
 * @param cluster the documents (HTML already reduced to article text), the optional query and
 *     the optional history (documents already read, in the same form)
 * @param request the chosen method, options and length
 */
record SummarizeRequest(Cluster cluster, SummaryRequest request) {
  private static final Set<String> FIELDS = Set.of("docs", "method", "options", "words", "bytes", "sentences", "characters",
      "query", "history");
  private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "text", "html", "url", "date",
      "language");
  private static final List<String> CONTENT_FIELDS = List.of("text", "html", "url");
  /** Strict: one JSON value and nothing after it, no key twice in an object. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  static {
    // Bodies are bounded by the server's size limit; let one document be as long as the body.
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
  }

  /**
   * @param body the raw request body (UTF-8 JSON)
   * @param reader reads documents as the command line does: {@code "html"} and HTML pasted as
   *     {@code "text"} are reduced to article text, {@code "url"} pages fetched within its limits
   * @param maxDocuments the most documents accepted
   * @param fetchUrls whether {@code "url"} documents are fetched (else refused)
   * @throws ApiException (400) naming the field and the problem
   * @throws InputException (a 400) when a text or HTML document has no article text
   */
  static SummarizeRequest parse(byte[] body, DocumentReader reader, int maxDocuments, boolean fetchUrls) {
    JsonNode root = readJson(body);
    if (!root.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object with a \"docs\" array");
    }
    rejectUnknownFields(root, FIELDS, "");
    JsonNode docs = root.get("docs");
    if (docs == null || docs.isNull()) {
      throw ApiException.badRequest("\"docs\" is missing: give an array of documents {\"id\",\"title\",\"text\", \"html\" or \"url\"}");
    }
    if (!docs.isArray()) {
      throw ApiException.badRequest("\"docs\" must be an array of documents");
    }
    if (docs.isEmpty()) {
      throw ApiException.badRequest("no documents: \"docs\" is empty");
    }
    if (docs.size() > maxDocuments) {
      throw ApiException.badRequest("too many documents: " + docs.size() + " (the limit is " + maxDocuments + ")");
    }
    List<Document> documents = documents(docs, "docs", reader, fetchUrls);
    JsonNode history = root.get("history");
    List<Document> read = List.of();
    if (history != null && !history.isNull()) {
      if (!history.isArray()) {
        throw ApiException.badRequest("\"history\" must be an array of documents (already read)");
      }
      if (history.size() > maxDocuments) {
        throw ApiException.badRequest("too many history documents: " + history.size() + " (the limit is " + maxDocuments + ")");
      }
      read = documents(history, "history", reader, fetchUrls);
    }
    return new SummarizeRequest(new Cluster("request", documents, optionalText(root, "query"), read),
        SummaryRequest.of(options(root), budget(root)));
  }

  /** The documents of the array {@code field} ({@code docs} or {@code history}), ids unique within it. */
  private static List<Document> documents(JsonNode array, String field, DocumentReader reader, boolean fetchUrls) {
    List<Document> documents = new ArrayList<>(array.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      Document d = document(array.get(i), field + "[" + i + "]", i, reader, fetchUrls);
      if (!ids.add(d.id())) {
        throw ApiException.badRequest(field + "[" + i + "]: duplicate id '" + d.id() + "'");
      }
      documents.add(d);
    }
    return documents;
  }

  private static JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("empty body: expected a JSON object");
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String problem = e.getOriginalMessage().startsWith("Trailing token")
          ? "more after the JSON object (send one object)" : e.getOriginalMessage();
      int noise = problem.indexOf(" (start marker");
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw ApiException.badRequest("malformed JSON: " + (noise > 0 ? problem.substring(0, noise) : problem).strip() + where);
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
  }

  private static Document document(JsonNode node, String where, int i, DocumentReader reader, boolean fetchUrls) {
    if (!node.isObject()) {
      throw ApiException.badRequest(where + " must be an object {\"id\",\"title\",\"text\", \"html\" or \"url\"}");
    }
    rejectUnknownFields(node, DOCUMENT_FIELDS, where + ".");
    String id = optionalText(node, "id", where);
    id = id == null || id.isBlank() ? ClusterJson.defaultDocumentId(i) : id.strip();
    String title = optionalText(node, "title", where);
    List<String> given = CONTENT_FIELDS.stream().filter(node::hasNonNull).toList();
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
    Document d = switch (field) {
      case "url" -> fetch(reader, content.strip(), named, fetchUrls);
      case "html" -> reader.fromBytes(id, named, content.getBytes(StandardCharsets.UTF_8), true);
      default -> reader.fromText(id, named, content, false, "");
    };
    String language = optionalText(node, "language", where);
    return new Document(id, title == null || title.isBlank() ? d.title() : title.strip(), d.text(),
        date != null ? date : d.date(), d.source(), language);
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
  private static MethodOptions options(JsonNode root) {
    String method = optionalText(root, "method");
    MethodOptions options = Summarizers.options(method == null || method.isBlank() ? Summarizers.DEFAULT : method);
    JsonNode given = root.get("options");
    if (given == null || given.isNull()) {
      return options;
    }
    if (!given.isObject()) {
      throw ApiException.badRequest("\"options\" must be an object {name: value}; GET /api/methods lists each method's options");
    }
    for (Map.Entry<String, JsonNode> option : given.properties()) {
      JsonNode value = option.getValue();
      if (!value.isNumber() && !value.isTextual()) {
        throw ApiException.badRequest("options." + option.getKey() + " must be a number");
      }
      options = options.with(option.getKey(), value.asText());
    }
    return options;
  }

  private static Budget budget(JsonNode root) {
    List<String> given = new ArrayList<>();
    for (String unit : List.of("words", "bytes", "sentences", "characters")) {
      if (root.hasNonNull(unit)) {
        given.add(unit);
      }
    }
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

  private static void rejectUnknownFields(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown field \"" + prefix + name + "\"; expected " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  private static String optionalText(JsonNode node, String field) {
    return optionalText(node, field, "");
  }

  private static String optionalText(JsonNode node, String field, String where) {
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
