package fr.relanceiae.shared.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request comes from, as rate limits count it: the connection's peer, or the
 * address a trusted proxy forwarded when {@code quarkus.http.proxy.*} says to trust it
 * (Vert.x then reports that one). An IPv6 address counts as its /64 network: one
 * subscriber usually holds a whole /64, so per-address limits would otherwise be per
 * address among 2^64.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        return host == null || host.isEmpty() ? "unknown" : normalise(host);
    }

    static String normalise(String host) {
        if (!host.contains(":")) {
            return host;
        }
        try {
            // Only numeric IPv6 addresses reach here (Vert.x gives the peer's address): no DNS look-up.
            InetAddress address = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", bytes[0], bytes[1], bytes[2], bytes[3],
                        bytes[4], bytes[5], bytes[6], bytes[7]);
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
