package org.fazhi.governance.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledgers for scripts and the province's systems: the types (declarations) a county works with and each type's
 * entries, with the same checks, roles and scope as the pages. Values travel as the form's text (money in yuan,
 * agencies by id or name, dates as yyyy-MM-dd, yes/no as true/false).
 */
@RestController
@RequestMapping("/api/v1/governance/ledgers")
@Tag(name = "治理台账", description = "台账类型（声明）及各台账的条目：登记、修改、查询")
class LedgerApi {

    /** An entry as the API shows it: its values as form text, keyed by field code. */
    record EntryView(long id, String type, @Nullable Long agencyId, String agencyName, LocalDate date,
                     Map<String, String> values, String createdBy, Instant createdAt, int version) {
    }

    /** The values of a new or revised entry; {@code version} is the one read (revisions only). */
    record EntryBody(@Nullable Map<String, @Nullable Object> values, @Nullable Integer version) {
    }

    private final Ledgers ledgers;
    private final LedgerTypes types;

    LedgerApi(Ledgers ledgers, LedgerTypes types) {
        this.ledgers = ledgers;
        this.types = types;
    }

    @GetMapping
    @Operation(summary = "本县可用的台账类型及其声明（字段、校验、指标）")
    List<DeclarationDocument> types(@AuthenticationPrincipal SignedInUser user) {
        return ledgers.types(user).stream().map(Declarations::document).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "声明或修改本县自有的台账类型（司法局）；请求体为台账声明 JSON")
    DeclarationDocument declare(@AuthenticationPrincipal SignedInUser user, @RequestBody String json) {
        return Declarations.document(types.declare(user, json));
    }

    @GetMapping("/{type}/entries")
    @Operation(summary = "查询台账条目：agencyId、from、to、q（检索）、c.<字段代码>（选项筛选）；分页")
    Page<EntryView> entries(@AuthenticationPrincipal SignedInUser user, @PathVariable String type,
                            @RequestParam Map<String, String> params, @ParameterObject Paging paging) {
        LedgerType declared = ledgers.type(user, type);
        EntryTexts texts = ledgers.texts(user);
        return ledgers.search(user, declared, LedgerFilters.of(declared, params), paging.request())
                .map(entry -> view(declared, entry, texts));
    }

    @PostMapping("/{type}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记一条台账条目；按声明逐字段校验，错误指明字段")
    EntryView record(@AuthenticationPrincipal SignedInUser user, @PathVariable String type,
                     @RequestBody EntryBody body) {
        LedgerType declared = ledgers.type(user, type);
        return view(declared, ledgers.record(user, declared, texts(body)), ledgers.texts(user));
    }

    @GetMapping("/{type}/entries/{id}")
    @Operation(summary = "查看一条台账条目")
    EntryView entry(@AuthenticationPrincipal SignedInUser user, @PathVariable String type, @PathVariable long id) {
        LedgerType declared = ledgers.type(user, type);
        return view(declared, ledgers.get(user, declared, id), ledgers.texts(user));
    }

    @PutMapping("/{type}/entries/{id}")
    @Operation(summary = "修改一条台账条目（version 为读取时的版本）")
    EntryView revise(@AuthenticationPrincipal SignedInUser user, @PathVariable String type, @PathVariable long id,
                     @RequestBody EntryBody body) {
        LedgerType declared = ledgers.type(user, type);
        int version = body.version() == null ? ledgers.get(user, declared, id).version() : body.version();
        return view(declared, ledgers.revise(user, declared, id, version, texts(body)), ledgers.texts(user));
    }

    private static Map<String, String> texts(EntryBody body) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (body.values() != null) {
            body.values().forEach((k, v) -> texts.put(k, v == null ? "" : String.valueOf(v)));
        }
        return texts;
    }

    private static EntryView view(LedgerType type, LedgerEntry entry, EntryTexts texts) {
        return new EntryView(entry.id(), type.code(), entry.agencyId(),
                entry.agencyId() == null ? "" : texts.agencyNames().getOrDefault(entry.agencyId(), ""), entry.date(),
                EntryTexts.formTexts(type, entry.values()), entry.createdBy(), entry.createdAt(), entry.version());
    }
}
