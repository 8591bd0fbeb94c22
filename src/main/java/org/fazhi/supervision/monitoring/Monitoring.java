package org.fazhi.supervision.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fazhi.registry.Counties;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.alert.AlertBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitoring engine (智能监管): every {@link MonitoringRule} bean, run over each county in a full pass (nightly,
 * on the configured cron, and on demand) and on the events of each committed transaction, as one batch. Each rule
 * and county is its own transaction, so a failing rule spoils nothing else; a transaction-scoped advisory lock per
 * rule and county lets several instances share the nightly pass without doing the same work twice (and the alerts'
 * unique index keeps them from raising anything twice if they did).
 */
@Service
public class Monitoring {

    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
    private static final int LOCK_SPACE = 0x53555056; // "SUPV"

    /** What a full pass of one county did, by rule. */
    public record CountyPass(RegionCode county, List<RulePass> rules) {

        public int raised() {
            return rules.stream().mapToInt(RulePass::raised).sum();
        }

        public int cleared() {
            return rules.stream().mapToInt(RulePass::cleared).sum();
        }

        public int holding() {
            return rules.stream().mapToInt(RulePass::holding).sum();
        }
    }

    /**
     * One rule over one county: causes found, alerts raised and cleared, the time taken (scan and apply);
     * {@code skipped} when another instance had it.
     */
    public record RulePass(String code, int holding, int raised, int cleared, boolean skipped, double millis) {
    }

    private final List<MonitoringRule> rules;
    private final AlertBook book;
    private final Counties counties;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate perRule;
    private final MessageSource messages;
    private final Clock clock;
    private final int parallelism;
    private final boolean parallelQueries;

    Monitoring(List<MonitoringRule> rules, AlertBook book, Counties counties, JdbcClient jdbc,
               PlatformTransactionManager transactions, MessageSource messages, Clock clock,
               @Value("${fazhi.supervision.monitoring.parallelism:0}") int parallelism,
               @Value("${fazhi.supervision.monitoring.parallel-queries:false}") boolean parallelQueries) {
        this.rules = List.copyOf(rules);
        this.book = book;
        this.counties = counties;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perRule = new TransactionTemplate(transactions);
        this.perRule.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.messages = messages;
        this.clock = clock;
        this.parallelism = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
        this.parallelQueries = parallelQueries;
    }

    public List<MonitoringRule> rules() {
        return rules;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Scheduled(cron = "${fazhi.supervision.monitoring.cron:0 30 1 * * *}")
    void nightly() {
        List<CountyPass> passes = fullPass(today());
        log.info("Monitoring full pass: {} counties, {} alerts raised, {} cleared", passes.size(),
                passes.stream().mapToInt(CountyPass::raised).sum(), passes.stream().mapToInt(CountyPass::cleared).sum());
    }

    /**
     * Every county the registry keeps, up to {@code fazhi.supervision.monitoring.parallelism} counties at once (default:
     * the cores), each on its own connection: counties share no alert, and each rule and county keeps its own
     * transaction and advisory lock, so the order they run in changes nothing. In the registry's order.
     */
    public List<CountyPass> fullPass(LocalDate today) {
        List<RegionCode> all = counties.all();
        if (parallelism == 1 || all.size() < 2) {
            return all.stream().map(county -> fullPass(county, today)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, all.size()));
        try {
            List<Future<CountyPass>> passes = new ArrayList<>();
            for (RegionCode county : all) {
                passes.add(pool.submit(() -> fullPass(county, today)));
            }
            List<CountyPass> done = new ArrayList<>();
            for (Future<CountyPass> pass : passes) {
                done.add(outcome(pass));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CountyPass outcome(Future<CountyPass> pass) {
        try {
            return pass.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("monitoring full pass interrupted", interrupted);
        } catch (ExecutionException failed) {
            // fullPass(county) catches each rule's failure; what reaches here is a bug worth stopping for.
            throw new IllegalStateException("monitoring full pass failed", failed.getCause());
        }
    }

    /** Every rule over one county. */
    public CountyPass fullPass(RegionCode county, LocalDate today) {
        return fullPass(county, today, false);
    }

    /**
     * The full pass as the nightly run would have made it on a past {@code day}, for the history of a generated
     * county: each rule scans as of that day, and only the causes that held by then (since that day or earlier)
     * are applied, so that nothing the records show happening later is alerted before it happened. The rules read
     * today's records, so a cause gone since is what a later pass clears.
     */
    public CountyPass fullPassAsOf(RegionCode county, LocalDate day) {
        return fullPass(county, day, true);
    }

    private CountyPass fullPass(RegionCode county, LocalDate today, boolean heldByThen) {
        List<RulePass> passes = new ArrayList<>();
        for (MonitoringRule rule : rules) {
            try {
                passes.add(ownTransaction.execute(status -> pass(rule, county.county(), today, heldByThen)));
            } catch (RuntimeException failure) {
                log.error("Monitoring rule {} failed over county {}", rule.code(), county, failure);
            }
        }
        return new CountyPass(county.county(), passes);
    }

    /** One event as a batch of one (an event published outside a transaction, a test, the benchmark). */
    public int process(Object event, LocalDate today) {
        return process(List.of(event), today);
    }

    /**
     * Each rule's second look at what a batch of events changed (the events of one committed transaction), in one
     * transaction of its own. First every rule reads what the batch changes for it, all under one savepoint (a
     * failing read rolls back to it and the next rule goes on); then each rule that has something to say applies it
     * once, set-based, within a savepoint of its own, so that a failing rule spoils nothing of the others. Most rules
     * have nothing to say about most events: one savepoint for the reads, not one per rule, and one apply per rule,
     * not one per event, is what keeps a batch's cost to the few reads and writes it concerns.
     * How many alerts were raised and cleared.
     */
    public int process(List<?> events, LocalDate today) {
        if (events.isEmpty()) {
            return 0;
        }
        Integer changed = ownTransaction.execute(status -> {
            int applied = 0;
            for (Map.Entry<MonitoringRule, Reassessment> one : reassessments(status, events, today).entrySet()) {
                try {
                    Integer count = perRule.execute(nested -> apply(one.getKey(), one.getValue(), today));
                    applied += count == null ? 0 : count;
                } catch (RuntimeException failure) {
                    // The nightly pass repairs what a batch failed to do.
                    log.error("Monitoring rule {} failed on {} events", one.getKey().code(), events.size(), failure);
                }
            }
            return applied;
        });
        return changed == null ? 0 : changed;
    }

    /** What the events change, by rule, for the rules they concern; reads only. */
    private Map<MonitoringRule, Reassessment> reassessments(TransactionStatus status, List<?> events,
                                                            LocalDate today) {
        Map<MonitoringRule, Reassessment> found = new LinkedHashMap<>();
        Object beforeReads = status.createSavepoint();
        for (MonitoringRule rule : rules) {
            try {
                rule.reassess(events, today).ifPresent(reassessment -> found.put(rule, reassessment));
            } catch (RuntimeException failure) {
                status.rollbackToSavepoint(beforeReads);
                log.error("Monitoring rule {} failed on {} events", rule.code(), events.size(), failure);
            }
        }
        status.releaseSavepoint(beforeReads);
        return found;
    }

    private RulePass pass(MonitoringRule rule, RegionCode county, LocalDate today, boolean heldByThen) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, (rule.code() + county.value()).hashCode()).query(Boolean.class).single();
        if (!mine) {
            return new RulePass(rule.code(), 0, 0, 0, true, 0);
        }
        if (!parallelQueries) {
            // The pass already keeps a county per core busy: PostgreSQL's parallel workers for one rule's read only
            // added their start and contention (a county's case acts, beside the province generator: 22-55 ms
            // without workers, 60-147 ms with).
            jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
        }
        long started = System.nanoTime();
        List<AlertCause> scanned = rule.scan(county, today);
        List<AlertCause> causes = heldByThen
                ? scanned.stream().filter(cause -> !cause.since().isAfter(today)).toList() : scanned;
        long scannedAt = System.nanoTime();
        AlertBook.Applied applied = book.applyCounty(rule.code(), county, today, causes, clearedReason(rule, today));
        log.debug("Rule {} over {}: {} causes in {} ms, applied in {} ms", rule.code(), county, causes.size(),
                (scannedAt - started) / 1_000_000, (System.nanoTime() - scannedAt) / 1_000_000);
        return new RulePass(rule.code(), causes.size(), applied.raised().size(), applied.cleared().size(), false,
                (System.nanoTime() - started) / 1e6);
    }

    private int apply(MonitoringRule rule, Reassessment reassessment, LocalDate today) {
        AlertBook.Applied applied = book.applyExamined(rule.code(), today, reassessment.examined(),
                reassessment.holding(), clearedReason(rule, today));
        return applied.raised().size() + applied.cleared().size();
    }

    /** 「原因已消除：…」 with the rule's title and the day it was found. */
    private String clearedReason(MonitoringRule rule, LocalDate today) {
        String title = messages.getMessage("supervision.rule." + rule.code(), null, rule.code(), Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage("supervision.alert.cleared-reason", new Object[] {title, today.toString()},
                Locale.SIMPLIFIED_CHINESE);
    }
}
