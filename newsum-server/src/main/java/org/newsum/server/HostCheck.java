package org.newsum.server;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the server answers, against DNS rebinding (a page on a name the
 * attacker controls, re-pointed at 127.0.0.1, reading the local server as its own origin). Such
 * a request carries the attacker's host name, so only names that cannot be rebound are served:
 * IP addresses, {@code localhost}, the bound host name, and the names configured as allowed
 * ({@code "*"} allows any). A request without a Host header (HTTP/1.0) is no browser's.
 */
final class HostCheck {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(?:%[0-9a-z._~-]+)?]");

  private final String boundHost;
  private final Set<String> allowed;

  HostCheck(String boundHost, Set<String> allowed) {
    this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    this.allowed = allowed;
  }

  boolean allows(String hostHeader) {
    if (hostHeader == null || allowed.contains(ServerConfig.ANY_HOST)) {
      return true;
    }
    String name = name(hostHeader);
    return IPV4.matcher(name).matches() || IPV6.matcher(name).matches() || name.equals("localhost")
        || name.equals(boundHost) || allowed.contains(name);
  }

  /** The host name of a Host header: lower case, without the port and a final dot. */
  static String name(String hostHeader) {
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && host.indexOf(']') < colon) {
      host = host.substring(0, colon);
    }
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
