import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor under the gateway: Vert.x's HttpProxy with nothing added (no Quarkus, no interceptors, no token check,
 * rate limit, breaker or access log), as many event loops as Quarkus starts (twice the cores), each proxying over
 * its own client like the gateway does. bench/gateway/run starts it on the gateway's jars:
 *
 *   java -cp 'gateway/target/quarkus-app/lib/main/*' bench/gateway/BareProxy.java <upstream port> <listen port>
 */
public class BareProxy {

    public static void main(String[] args) {
        int upstream = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                        new PoolOptions().setHttp1MaxSize(200))).origin(upstream, "127.0.0.1");
                vertx.createHttpServer().requestHandler(proxy).listen(port, "127.0.0.1");
            }
        }, new DeploymentOptions().setInstances(loops));
    }
}
