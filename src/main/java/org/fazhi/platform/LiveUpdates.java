package org.fazhi.platform;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events to signed-in screens (执法决定实时推送; supervision's alerts): a page subscribes to a topic
 * with its user's scope, a module publishes an update about a record of a region (and agency), and each subscriber
 * whose scope covers the record receives it once the publishing transaction has committed (never news of a change
 * that was rolled back). Updates and heartbeats go out from one thread, in order; a stream that fails to take one,
 * times out or errs is dropped. Streams live in this JVM: with several instances behind a balancer each screen
 * hears the changes made by the instance it is connected to only.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    /** Who watches: a region and what lies below it, narrowed to one agency for agency roles (as a data scope). */
    public record Audience(RegionCode region, @Nullable Long agencyId) {

        public boolean sees(RegionCode recordRegion, @Nullable Long recordAgency) {
            return region.contains(recordRegion) && (agencyId == null || agencyId.equals(recordAgency));
        }
    }

    private record Subscriber(String topic, Audience audience, SseEmitter emitter) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final LiveUpdatesProperties properties;
    private volatile boolean running;

    LiveUpdates(LiveUpdatesProperties properties) {
        this.properties = properties;
    }

    /** A stream of the topic's updates this audience may see; the first event, {@code ready}, says it is open. */
    public SseEmitter subscribe(String topic, Audience audience) {
        if (subscribers.size() >= properties.maxSubscribers()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        Subscriber subscriber = new Subscriber(topic, audience, emitter);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        sender.execute(() -> send(subscriber, SseEmitter.event().name("ready").data("")));
        return emitter;
    }

    /**
     * Sends {@code data} (as JSON) as the event {@code name} to the topic's subscribers who see the record's region
     * and agency, after the current transaction commits (at once when there is none).
     */
    public void publish(String topic, String name, RegionCode region, @Nullable Long agencyId, Object data) {
        Runnable delivery = () -> sender.execute(() -> subscribers.stream()
                .filter(s -> s.topic().equals(topic) && s.audience().sees(region, agencyId))
                .forEach(s -> send(s, SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON))));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delivery.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.run();
            }
        });
    }

    /** A comment line to every stream: keeps them open through proxies and finds the screens that went away. */
    @Scheduled(initialDelayString = "${fazhi.live.heartbeat:PT15S}", fixedDelayString = "${fazhi.live.heartbeat:PT15S}")
    public void heartbeat() {
        sender.execute(() -> subscribers.forEach(s -> send(s, SseEmitter.event().comment("heartbeat"))));
    }

    /** How many streams of the topic are open. */
    public long subscribers(String topic) {
        return subscribers.stream().filter(s -> s.topic().equals(topic)).count();
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown (a later phase stops earlier), which would
     * otherwise wait for these never-ending requests; the browsers reconnect to whichever instance is up.
     */
    @Override
    public void stop() {
        running = false;
        sender.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            // The screen went away or its stream had ended: drop it and end the request (a browser still there
            // reconnects by itself).
            subscribers.remove(subscriber);
            subscriber.emitter().completeWithError(gone);
        }
    }
}
