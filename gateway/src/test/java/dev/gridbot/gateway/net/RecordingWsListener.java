package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Records what a {@link WebSocketClient} reports, and on which thread. */
final class RecordingWsListener implements WebSocketListener {
    final AtomicInteger connected = new AtomicInteger();
    final AtomicInteger gaveUp = new AtomicInteger();
    final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<DisconnectReason> disconnects = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();
    /** Runs inside onConnected (e.g. to subscribe), with the client once it is known. */
    volatile Consumer<WebSocketClient> onConnect = c -> { };
    volatile WebSocketClient client;

    @Override
    public void onConnected() {
        threads.add(Thread.currentThread().getName());
        connected.incrementAndGet();
        if (client != null) {
            onConnect.accept(client);
        }
    }

    @Override
    public void onText(ByteBuf utf8) {
        threads.add(Thread.currentThread().getName());
        texts.add(utf8.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void onDisconnected(DisconnectReason reason) {
        threads.add(Thread.currentThread().getName());
        disconnects.add(reason);
    }

    @Override
    public void onGaveUp() {
        threads.add(Thread.currentThread().getName());
        gaveUp.incrementAndGet();
    }

    List<String> textList() {
        return new ArrayList<>(texts);
    }
}
