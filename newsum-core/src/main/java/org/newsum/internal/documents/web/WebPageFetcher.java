package org.newsum.internal.documents.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.FetchLimits;
import org.newsum.documents.InputException;
import org.newsum.model.Document;

/**
 * Fetches web pages over HTTP(S) and turns each into a {@link Document}: HTML goes through the
 * {@link DocumentReader}'s article extractor, plain text is taken as it is. Guards against
 * misbehaving servers with the {@link FetchLimits}: connect and response timeouts, a redirect
 * limit (and loop detection), and a size limit enforced while streaming. Only text/html,
 * application/xhtml+xml and text/plain are accepted; the charset comes from the Content-Type
 * header, else the page's meta charset, else UTF-8. Every failure is an {@link InputException}
 * naming the URL. Thread-safe.
 */
public final class WebPageFetcher {
  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

  private final HttpClient client;
  private final FetchLimits limits;
  private final DocumentReader reader;
  /** Whether an address may be connected to; consulted only when the limits ask for public addresses. */
  private final Predicate<InetAddress> allowedAddress;

  public WebPageFetcher(DocumentReader reader, FetchLimits limits) {
    this(reader, limits, PublicAddresses::isPublic);
  }

  WebPageFetcher(DocumentReader reader, FetchLimits limits, Predicate<InetAddress> allowedAddress) {
    this.reader = reader;
    this.limits = limits;
    this.allowedAddress = allowedAddress;
    this.client = HttpClient.newBuilder()
        .connectTimeout(limits.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** True for inputs that are web addresses (http or https). */
  public static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Fetches the page at {@code url}, following redirects.
   *
   * @return the page as a document whose id is {@code url} and whose source is the final address
   * @throws InputException naming the URL and what went wrong
   */
  public Document fetch(String url) {
    URI current = parse(url);
    Set<URI> visited = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      if (!visited.add(current)) {
        throw new InputException(url, "redirect loop (" + current + " was already visited)");
      }
      if (limits.publicAddressesOnly()) {
        refuseNonPublic(url, current);
      }
      HttpResponse<byte[]> response = send(url, current);
      int status = response.statusCode();
      if (isRedirect(status)) {
        if (redirects >= limits.maxRedirects()) {
          throw new InputException(url, "too many redirects (more than " + limits.maxRedirects() + ")");
        }
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new InputException(url, "redirect (HTTP " + status + ") without a Location header"));
        current = resolve(url, current, location);
        continue;
      }
      if (status != 200) {
        throw new InputException(url, "HTTP status " + status + (status == 404 ? " (not found)" : ""));
      }
      return toDocument(url, current, response);
    }
  }

  /**
   * Refuses {@code uri} when its host resolves to an address that is not allowed. The HTTP client
   * resolves the name again when it connects; the JVM's address cache (30 s by default) gives it
   * the answer checked here, so a name cannot switch to a private address in between unless the
   * cache is turned off.
   */
  private void refuseNonPublic(String url, URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new InputException(url, "cannot connect (unknown host " + host + ")");
    }
    for (InetAddress address : addresses) {
      if (!allowedAddress.test(address)) {
        throw new InputException(url, "refused: " + (uri.toString().equals(url) ? "" : "the redirect to " + uri + ": ")
            + host + (host.equals(address.getHostAddress()) ? "" : " (" + address.getHostAddress() + ")")
            + " is not a public address (this server fetches public pages only)");
      }
    }
  }

  private HttpResponse<byte[]> send(String url, URI uri) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .timeout(limits.readTimeout())
          .header("User-Agent", "newsum (multi-document news summarizer)")
          .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
          .header("Accept-Encoding", "gzip, deflate")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      throw new InputException(url, "cannot fetch " + uri + ": " + e.getMessage());
    }
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::bodyFor);
    try {
      return future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(url);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputException(url, "interrupted while fetching");
    } catch (ExecutionException e) {
      throw failure(url, e.getCause());
    }
  }

  /**
   * Reads the body of a page of an accepted type and size; anything else (a redirect, an error, an
   * image, a declared length over the limit) is not downloaded: the body is cancelled at once.
   */
  private BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
    boolean page = info.statusCode() == 200 && acceptedType(contentType(info.headers())) && !declaredTooLarge(info.headers());
    return page ? new LimitedBody(limits.maxBytes()) : new RefusedBody();
  }

  private Document toDocument(String url, URI finalUri, HttpResponse<byte[]> response) {
    String contentType = contentType(response.headers());
    if (!acceptedType(contentType)) {
      throw new InputException(url, "content type " + mediaType(contentType)
          + " is not a web page (accepted: text/html, application/xhtml+xml, text/plain)");
    }
    if (declaredTooLarge(response.headers())) {
      throw tooLarge(url);
    }
    byte[] body = ContentEncoding.decode(url, response.headers().firstValue("Content-Encoding").orElse(""),
        response.body(), limits.maxBytes());
    if (body == null || body.length == 0) {
      throw new InputException(url, "empty page");
    }
    boolean html = !mediaType(contentType).equals("text/plain");
    String text = PageCharset.decode(url, body, contentType, html);
    boolean forceHtml = mediaType(contentType).equals("text/html") || mediaType(contentType).equals("application/xhtml+xml");
    Document page = reader.fromText(url, url, text, forceHtml, finalUri.toString());
    if (page.text().isBlank()) {
      throw new InputException(url, "no text on the page");
    }
    return new Document(url, page.title(), page.text(), page.date(), finalUri.toString());
  }

  private static String contentType(java.net.http.HttpHeaders headers) {
    return headers.firstValue("Content-Type").orElse(null);
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** An accepted page type; a missing Content-Type is accepted and the content decides. */
  private static boolean acceptedType(String contentType) {
    return contentType == null || PAGE_TYPES.contains(mediaType(contentType));
  }

  private boolean declaredTooLarge(java.net.http.HttpHeaders headers) {
    return headers.firstValueAsLong("Content-Length").orElse(-1) > limits.maxBytes();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI parse(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null || !isUrl(url)) {
        throw new InputException(url, "not an http(s) address with a host name");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InputException(url, "malformed address: " + e.getReason());
    }
  }

  private static URI resolve(String url, URI base, String location) {
    try {
      URI next = base.resolve(new URI(location.strip()));
      if (!isUrl(next.toString())) {
        throw new InputException(url, "redirect to an address that is not http(s): " + location);
      }
      if (next.getHost() == null) {
        throw new InputException(url, "redirect to an address without a host name: " + location);
      }
      return next;
    } catch (URISyntaxException e) {
      throw new InputException(url, "redirect to a malformed address: " + location);
    }
  }

  private InputException failure(String url, Throwable cause) {
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof ResponseTooLargeException) {
        return tooLarge(url);
      }
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new InputException(url, "timed out connecting (after " + limits.connectTimeout().toSeconds() + " s)");
    }
    if (cause instanceof HttpTimeoutException) {
      return timedOut(url);
    }
    if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
        || cause != null && cause.getCause() instanceof UnresolvedAddressException) {
      return new InputException(url, "cannot connect (" + (cause.getMessage() == null
          ? "connection refused or host unreachable" : cause.getMessage()) + ")");
    }
    return new InputException(url, "cannot fetch: " + cause, cause);
  }

  private InputException timedOut(String url) {
    return new InputException(url, "timed out (no complete response within " + limits.readTimeout().toMillis() + " ms)");
  }

  private InputException tooLarge(String url) {
    return new InputException(url, "page too large (more than " + limits.maxBytes() + " bytes)");
  }

  /** The body was cut off at the size limit. */
  private static final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException() {
      super("response too large");
    }
  }

  /** A body not wanted: cancelled as soon as it starts, so nothing more is downloaded. */
  private static final class RefusedBody implements BodySubscriber<byte[]> {
    @Override
    public CompletionStage<byte[]> getBody() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {}

    @Override
    public void onError(Throwable error) {}

    @Override
    public void onComplete() {}
  }

  /** Collects the body, cancelling the download as soon as it exceeds the limit. */
  private static final class LimitedBody implements BodySubscriber<byte[]> {
    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBody(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new ResponseTooLargeException());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
