package dev.gridbot.gateway.net;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * A parsed, checked URL: scheme, host, port and path. Plain (unencrypted) schemes are accepted
 * only for a loopback IP literal, decided without any name lookup, so a refused URL never causes
 * a DNS query or a connection attempt. Immutable.
 */
final class Endpoint {
    final URI uri;
    /** For messages and logs: the path is cut after its first segment (a listen key is a secret). */
    final String display;
    final String host;
    final int port;
    final boolean secure;
    /** The Host header value: the port appears only when it is not the scheme's default. */
    final String hostHeader;

    private Endpoint(URI uri, String display, String host, int port, boolean secure, String hostHeader) {
        this.uri = uri;
        this.display = display;
        this.host = host;
        this.port = port;
        this.secure = secure;
        this.hostHeader = hostHeader;
    }

    /** A base URL for HTTP: {@code https://host[:port]} or {@code http://<loopback>:port}, no path. */
    static Endpoint http(String url) {
        Endpoint e = parse(url, "https", "http");
        String path = e.uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || e.uri.getRawQuery() != null) {
            throw new IllegalArgumentException("a base URL has no path or query (the request carries it): "
                    + e.display);
        }
        return e;
    }

    /** A WebSocket URL: {@code wss://host[:port]/path} or {@code ws://<loopback>:port/path}. */
    static Endpoint webSocket(String url) {
        return parse(url, "wss", "ws");
    }

    private static Endpoint parse(String url, String secureScheme, String plainScheme) {
        if (url == null) {
            throw new IllegalArgumentException("URL is missing");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + cut(url), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean secure;
        if (scheme.equals(secureScheme)) {
            secure = true;
        } else if (scheme.equals(plainScheme)) {
            secure = false;
        } else {
            throw new IllegalArgumentException("expected a " + secureScheme + ":// or " + plainScheme
                    + ":// URL, got " + cut(url));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no host in URL " + cut(url));
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("credentials in a URL are not accepted: " + scheme + "://" + host);
        }
        int defaultPort = secure ? 443 : 80;
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        String hostHeader = port == defaultPort ? host : host + ":" + port;
        String display = scheme + "://" + hostHeader + cut(uri.getRawPath());
        if (!secure && !isLoopbackLiteral(host)) {
            throw new IllegalArgumentException("refusing unencrypted " + display + ": " + plainScheme
                    + ":// is allowed only to a loopback address (127.0.0.1 or [::1]); use " + secureScheme + "://");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new Endpoint(uri, display, bareHost, port, secure, hostHeader);
    }

    /** Keeps text up to the end of the first path segment: {@code /private/ws/KEY} becomes {@code /private/…}. */
    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        int start = text.indexOf("://");
        int pathStart = text.indexOf('/', start < 0 ? 0 : start + 3);
        if (pathStart < 0) {
            return text;
        }
        int second = text.indexOf('/', pathStart + 1);
        int query = text.indexOf('?', pathStart);
        int end = second < 0 ? query : (query < 0 ? second : Math.min(second, query));
        return end < 0 ? text : text.substring(0, end) + "/…";
    }

    /** True for an IPv4 literal in 127.0.0.0/8 or the IPv6 literal ::1; never resolves a name. */
    static boolean isLoopbackLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        byte[] address = NetUtil.createByteArrayFromIpAddressString(bare);
        if (address == null) {
            return false;
        }
        try {
            return InetAddress.getByAddress(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return display;
    }
}
