package cn.chuanyu.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpstreamClientsTest {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachEventLoopCallsTheServicesWithAClientOfItsOwn() throws Exception {
        UpstreamClients clients = new UpstreamClients(vertx, 50);
        // contexts are handed out round-robin over the two loops
        ContextInternal first = ((VertxInternal) vertx).createEventLoopContext();
        ContextInternal second = ((VertxInternal) vertx).createEventLoopContext();
        ContextInternal firstAgain = ((VertxInternal) vertx).createEventLoopContext();
        assertThat(first.nettyEventLoop()).isNotSameAs(second.nettyEventLoop()).isSameAs(firstAgain.nettyEventLoop());

        HttpClient onFirst = on(first, clients);
        HttpClient onSecond = on(second, clients);
        assertThat(onFirst).isNotSameAs(onSecond);
        assertThat(on(firstAgain, clients)).isSameAs(onFirst);
        assertThat(on(first.duplicate(), clients))
                .as("a request's duplicated context")
                .isSameAs(onFirst);
        assertThat(clients.current())
                .as("off the event loops")
                .isNotSameAs(onFirst)
                .isNotSameAs(onSecond);
    }

    @Test
    void theConnectionLimitPerUpstreamIsSharedOutAmongTheLoops() {
        UpstreamClients clients = new UpstreamClients(vertx, 50);
        assertThat(clients.loops()).isEqualTo(2);
        assertThat(clients.maxConnectionsPerLoop()).isEqualTo(25);
        assertThat(new UpstreamClients(vertx, 5).maxConnectionsPerLoop()).isEqualTo(3);
        assertThat(new UpstreamClients(vertx, 1).maxConnectionsPerLoop()).isEqualTo(1);
    }

    private static HttpClient on(ContextInternal context, UpstreamClients clients) throws Exception {
        CompletableFuture<HttpClient> client = new CompletableFuture<>();
        context.runOnContext(ignored -> client.complete(clients.current()));
        return client.get(10, TimeUnit.SECONDS);
    }
}
