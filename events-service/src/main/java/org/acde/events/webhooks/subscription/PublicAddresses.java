package org.acde.events.webhooks.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses a webhook may reach: those of the public internet. Refused: unspecified, loopback, private
 * (RFC 1918, fc00::/7), shared (CGNAT 100.64/10), link-local (169.254/16 with the cloud metadata service, fe80::/10),
 * multicast and broadcast, documentation, benchmarking and reserved ranges, and IPv6 forms that embed an IPv4 address
 * (IPv4-mapped and -compatible, NAT64, 6to4) unless the embedded one is public itself; Teredo (2001::/32) always.
 */
public final class PublicAddresses {

    private static final List<Block> IPV4_REFUSED = List.of(
            Block.of("0.0.0.0", 8), Block.of("10.0.0.0", 8), Block.of("100.64.0.0", 10), Block.of("127.0.0.0", 8),
            Block.of("169.254.0.0", 16), Block.of("172.16.0.0", 12), Block.of("192.0.0.0", 24),
            Block.of("192.0.2.0", 24), Block.of("192.88.99.0", 24), Block.of("192.168.0.0", 16),
            Block.of("198.18.0.0", 15), Block.of("198.51.100.0", 24), Block.of("203.0.113.0", 24),
            Block.of("224.0.0.0", 4), Block.of("240.0.0.0", 4));

    private static final List<Block> IPV6_REFUSED = List.of(
            Block.of("100::", 64), Block.of("2001::", 32),
            Block.of("2001:db8::", 32), Block.of("fc00::", 7), Block.of("fe80::", 10), Block.of("fec0::", 10),
            Block.of("ff00::", 8));

    private static final Block NAT64 = Block.of("64:ff9b::", 96);
    private static final Block LOCAL_NAT64 = Block.of("64:ff9b:1::", 48);

    private PublicAddresses() {
    }

    public static boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4_REFUSED.stream().noneMatch(block -> block.contains(bytes));
        }
        if (!(address instanceof Inet6Address)) {
            return false;
        }
        if (isZero(bytes, 0, 10) && (isZero(bytes, 10, 12) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff))) {
            // ::a.b.c.d (compatible; :: and ::1 among them) and ::ffff:a.b.c.d (mapped)
            return contains(v4(bytes, 12));
        }
        if (NAT64.contains(bytes) || LOCAL_NAT64.contains(bytes)) {
            return contains(v4(bytes, 12));
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            // 6to4: 2002:a.b.c.d::/48
            return contains(v4(bytes, 2));
        }
        return IPV6_REFUSED.stream().noneMatch(block -> block.contains(bytes));
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] bytes, int offset) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Block(byte[] prefix, int bits) {

        static Block of(String literal, int bits) {
            try {
                // Literals only: InetAddress parses them without a lookup.
                return new Block(InetAddress.getByName(literal).getAddress(), bits);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
