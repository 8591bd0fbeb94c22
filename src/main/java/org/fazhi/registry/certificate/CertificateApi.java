package org.fazhi.registry.certificate;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/certificates")
@Tag(name = "执法证件", description = "执法证的查询、核发、暂扣、恢复、注销与年审")
class CertificateApi {

    /** A decision that needs a reason (暂扣、注销). */
    record Decision(@NotBlank(message = "{registry.certificate.reason.required}") String reason) {
    }

    /** A 年审 result. */
    record Review(@NotNull Integer year, @NotNull ReviewResult result, @NotNull LocalDate reviewedOn,
                  @Nullable String note) {
    }

    private final Certificates certificates;

    CertificateApi(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @Operation(summary = "查询执法证（分页）；expiring=true 为30日内到期（expiringWithinDays 另定天数），"
            + "reviewOverdue=true 为年审逾期")
    Page<CertificateView> search(@AuthenticationPrincipal SignedInUser user, @ParameterObject CertificateFilter filter,
                                 @ParameterObject Paging paging) {
        LocalDate today = certificates.today();
        return certificates.search(user, certificates.searchFor(filter), paging.request())
                .map(row -> CertificateView.of(row.certificate(), today));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一张执法证")
    CertificateView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return CertificateView.of(certificates.get(user, id), certificates.today());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "核发执法证")
    CertificateView issue(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody CertificateForm form) {
        return CertificateView.of(certificates.issue(user, form), certificates.today());
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "暂扣执法证")
    CertificateView suspend(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                            @Valid @RequestBody Decision decision) {
        return CertificateView.of(certificates.suspend(user, id, decision.reason()), certificates.today());
    }

    @PostMapping("/{id}/reinstate")
    @Operation(summary = "恢复被暂扣的执法证")
    CertificateView reinstate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return CertificateView.of(certificates.reinstate(user, id), certificates.today());
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "注销执法证")
    CertificateView revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                           @Valid @RequestBody Decision decision) {
        return CertificateView.of(certificates.revoke(user, id, decision.reason()), certificates.today());
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "登记年审结果（不合格将暂扣执法证）")
    CertificateView review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                           @Valid @RequestBody Review review) {
        return CertificateView.of(certificates.recordReview(user, id, review.year(), review.result(),
                review.reviewedOn(), review.note()), certificates.today());
    }
}
