package dev.gridbot.gateway.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.concurrent.TimeUnit;

/** The one-thread NIO event-loop group a client creates when it is not given one. */
final class EventLoops {
    private EventLoops() {
    }

    static EventLoopGroup newOwnedGroup(String threadName) {
        return new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(threadName, true), NioIoHandler.newFactory());
    }

    /** Shuts an owned group down gracefully and waits a bounded time for its thread to end. */
    static void shutdown(EventLoopGroup group, long timeoutMillis) {
        group.shutdownGracefully(0, timeoutMillis, TimeUnit.MILLISECONDS).awaitUninterruptibly(timeoutMillis + 1_000);
    }
}
