package org.fazhi.catalog.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.scope.ItemKeepers;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, changing and publishing discretion benchmarks, within the user's data scope. */
@Service
public class Benchmarks {

    static final String RECORD_TYPE = "catalog.benchmark";

    private final BenchmarkRepository repository;
    private final BenchmarkRules rules;
    private final ItemRefs items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Benchmarks(BenchmarkRepository repository, BenchmarkRules rules, ItemRefs items, ApplicationEventPublisher events,
               Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    public Page<DiscretionBenchmark> search(SignedInUser user, BenchmarkRepository.Search search, PageRequest page) {
        return repository.search(user.scope(), search, page);
    }

    /** The benchmark, if the user may see its item; otherwise 404, exactly as if there were none. */
    public DiscretionBenchmark get(SignedInUser user, long id) {
        return repository.find(id).filter(benchmark -> benchmark.item().isVisibleIn(user.scope()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The penalty items in force that the user keeps, for the "new benchmark" chooser. */
    public List<ItemRef> penaltyItemsKeptBy(SignedInUser user) {
        return items.inForce(user.scope(), LocalDate.now(clock), ItemCategory.PENALTY).stream()
                .filter(item -> ItemKeepers.mayKeep(user, item)).toList();
    }

    /** The item, if the user may see it; otherwise 404. */
    public ItemRef visibleItem(SignedInUser user, long itemId) {
        return items.find(itemId).filter(item -> item.isVisibleIn(user.scope()))
                .orElseThrow(() -> new NotFound("catalog.item", itemId));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean mayKeep(SignedInUser user, DiscretionBenchmark benchmark) {
        return ItemKeepers.mayKeep(user, benchmark.item());
    }

    /** The domain's problems with a form, for pages that show them together with the form's own. */
    public List<InvalidInput.FieldProblem> problemsWith(SignedInUser user, long id, BenchmarkForm form) {
        return rules.problems(user, id == 0 ? null : get(user, id), form);
    }

    @Transactional
    public DiscretionBenchmark create(SignedInUser user, BenchmarkForm form) {
        if (!ItemKeepers.keepsAny(user)) {
            throw new AccessDeniedException("catalog: may not draft benchmarks");
        }
        DiscretionBenchmark draft = rules.toBenchmark(user, null, form);
        ItemKeepers.requireKeeper(user, draft.item());
        long id = repository.insert(draft);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, draft.region(),
                ChangedFields.of(DiscretionBenchmark.class)));
        return repository.find(id).orElseThrow();
    }

    /** Changes the benchmark; a changed benchmark is a draft again until it is published anew. */
    @Transactional
    public DiscretionBenchmark update(SignedInUser user, long id, BenchmarkForm form) {
        DiscretionBenchmark current = get(user, id);
        ItemKeepers.requireKeeper(user, current.item());
        DiscretionBenchmark changed = rules.toBenchmark(user, current, form);
        if (!repository.update(changed)) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, changed.region(),
                ChangedFields.between(current, changed)));
        return repository.find(id).orElseThrow();
    }

    /** Publishes the benchmark (行政处罚法第三十四条); from then on casework may rely on it. */
    @Transactional
    public DiscretionBenchmark publish(SignedInUser user, long id) {
        DiscretionBenchmark current = get(user, id);
        ItemKeepers.requireKeeper(user, current.item());
        if (current.published()) {
            return current;
        }
        if (!repository.publish(id, current.version())) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, current.region(), List.of("published")));
        return repository.find(id).orElseThrow();
    }
}
