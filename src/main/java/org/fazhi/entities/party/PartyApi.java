package org.fazhi.entities.party;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.fazhi.entities.CreditGrade;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/entities/parties")
@Tag(name = "行政相对人", description = "企业、个体工商户、自然人、其他组织的查询、登记与信用分级")
class PartyApi {

    /** A grading by a named source. */
    record Grading(@NotNull CreditGrade grade, @NotNull LocalDate gradedOn,
                   @NotBlank(message = "{entities.grade.source.required}") String source, @Nullable String reason) {
    }

    /** Where the party's registered address lies (both null: not known), with the version read. */
    record Location(@NotNull Integer version, @Nullable Double latitude, @Nullable Double longitude) {
    }

    private final Parties parties;
    private final PartyLocations locations;

    PartyApi(Parties parties, PartyLocations locations) {
        this.parties = parties;
        this.locations = locations;
    }

    @GetMapping
    @Operation(summary = "按名称片段（至少2个字）、代码、乡镇、行业、信用等级等查询（分页；合计最多数到10000）")
    Page<PartyView> search(@AuthenticationPrincipal SignedInUser user, @ParameterObject PartyFilter filter,
                           @ParameterObject Paging paging) {
        return parties.search(user, parties.searchFor(filter), paging.request()).map(PartyView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个行政相对人")
    PartyView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return PartyView.of(parties.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记行政相对人（code 为统一社会信用代码；自然人为身份证号）")
    PartyView register(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PartyForm form) {
        return PartyView.of(parties.register(user, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "变更行政相对人（须带上读取时的 version；自然人的 code 留空表示不变）")
    PartyView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                     @Valid @RequestBody PartyForm form) {
        return PartyView.of(parties.update(user, id, form));
    }

    @GetMapping("/{id}/location")
    @Operation(summary = "住所坐标（WGS-84 经纬度；未设置时为空）")
    LocationForm location(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return LocationForm.of(locations.of(parties.get(user, id).id()));
    }

    @PutMapping("/{id}/location")
    @Operation(summary = "设置或清除住所坐标（须带上读取时的 version；经纬度同时为空表示清除）")
    LocationForm locate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @Valid @RequestBody Location location) {
        Party party = locations.locate(user, id, location.version(),
                new LocationForm(location.latitude(), location.longitude()).point());
        return LocationForm.of(locations.of(party.id()));
    }

    @PostMapping("/{id}/grades")
    @Operation(summary = "登记信用分级结果")
    PartyView grade(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @Valid @RequestBody Grading grading) {
        return PartyView.of(parties.grade(user, id, grading.grade(), grading.gradedOn(), grading.source(),
                grading.reason()));
    }
}
