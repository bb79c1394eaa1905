package org.newsum.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.newsum.SummaryRequest;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

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
    JsonNode root = RequestJson.readObject(body, "with a \"docs\" array");
    RequestJson.rejectUnknownFields(root, FIELDS, "");
    JsonNode docs = RequestJson.documentArray(root, "docs", maxDocuments, "documents",
        "{\"id\",\"title\",\"text\", \"html\" or \"url\"}");
    List<Document> documents = RequestJson.documents(docs, "docs", reader, fetchUrls, RequestJson.Url.CONTENT);
    JsonNode history = root.get("history");
    List<Document> read = List.of();
    if (history != null && !history.isNull()) {
      if (!history.isArray()) {
        throw ApiException.badRequest("\"history\" must be an array of documents (already read)");
      }
      RequestJson.checkSize(history, maxDocuments, "history documents");
      read = RequestJson.documents(history, "history", reader, fetchUrls, RequestJson.Url.CONTENT);
    }
    return new SummarizeRequest(new Cluster("request", documents, RequestJson.optionalText(root, "query", ""), read),
        SummaryRequest.of(RequestJson.options(root), RequestJson.budget(root)));
  }
}
