package org.newsum.internal.documents.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which IP addresses a server that fetches pages for its clients may connect to: public unicast
 * ones only. Loopback, unspecified, link-local, private (RFC 1918, IPv6 unique-local and
 * site-local), shared carrier-grade NAT (100.64/10), benchmarking, reserved, broadcast and
 * multicast addresses are refused, also when written as IPv4-mapped, IPv4-compatible or NAT64
 * IPv6. Without this a client could make the server read its own admin pages or a cloud
 * metadata service (server-side request forgery). Stateless.
 */
final class PublicAddresses {
  private PublicAddresses() {}

  /** Whether {@code address} is a public unicast address. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicIpv4(b);
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // fc00::/7 unique local
      }
      if (embedsIpv4(b)) {
        return isPublic(ipv4(b));
      }
      return first >= 0x20 && first <= 0x3f && !(first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d
          && (b[3] & 0xff) == 0xb8); // global unicast 2000::/3 except documentation 2001:db8::/32
    }
    return false;
  }

  private static boolean isPublicIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    return a0 != 0 // "this network"
        && !(a0 == 100 && a1 >= 64 && a1 < 128) // carrier-grade NAT
        && !(a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        && !(a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        && a0 < 224; // multicast, reserved and broadcast
  }

  /** ::a.b.c.d (compatible), ::ffff:a.b.c.d (mapped, when not already converted) and 64:ff9b::a.b.c.d (NAT64). */
  private static boolean embedsIpv4(byte[] b) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 10; i++) {
      zeroPrefix &= b[i] == 0;
    }
    boolean compatibleOrMapped = zeroPrefix && (b[10] == b[11]) && (b[10] == 0 || b[10] == (byte) 0xff);
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
    return compatibleOrMapped || nat64;
  }

  private static InetAddress ipv4(byte[] b) {
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
