package dev.gridbot.gateway.sim.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WebSocket connections and what each listens to: stream name (e.g. {@code btcusdt@aggTrade},
 * or a listenKey for the user stream) → sessions. Netty threads add and remove sessions and
 * subscriptions; the venue thread publishes. Thread-safe through concurrent maps; a message's text
 * is written once and handed to every listening session's channel.
 */
final class StreamHub {
    private final Set<WsSession> sessions = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Set<WsSession>> byStream = new ConcurrentHashMap<>();
    private final AtomicLong published = new AtomicLong();

    void add(WsSession session) {
        sessions.add(session);
    }

    void remove(WsSession session) {
        sessions.remove(session);
        for (String stream : session.streams()) {
            unsubscribe(session, stream);
        }
    }

    void subscribe(WsSession session, String stream) {
        byStream.computeIfAbsent(stream, s -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unsubscribe(WsSession session, String stream) {
        Set<WsSession> listening = byStream.get(stream);
        if (listening != null) {
            listening.remove(session);
        }
    }

    boolean hasListeners(String stream) {
        Set<WsSession> listening = byStream.get(stream);
        return listening != null && !listening.isEmpty();
    }

    void publish(String stream, String json) {
        Set<WsSession> listening = byStream.get(stream);
        if (listening == null) {
            return;
        }
        for (WsSession session : listening) {
            session.send(stream, json);
            published.incrementAndGet();
        }
    }

    /** Closes every connection that listens to {@code stream} (an expired or closed listenKey). */
    void closeStream(String stream) {
        Set<WsSession> listening = byStream.remove(stream);
        if (listening != null) {
            for (WsSession session : listening) {
                session.close();
            }
        }
    }

    /** The fault switch: every WebSocket connection is cut now. */
    int closeAll() {
        int n = 0;
        for (WsSession session : sessions) {
            session.close();
            n++;
        }
        return n;
    }

    int connections() {
        return sessions.size();
    }

    long messagesPublished() {
        return published.get();
    }
}
