package org.fazhi.browser;

import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskForm;
import org.fazhi.inspection.task.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.user;

/** Approved inspections of the enterprise the demo account {@code enterprise} speaks for, made through the services. */
@Component
class DemoEnterpriseVisits {

    private final InspectionTestData data;
    private final Tasks tasks;
    private final JdbcClient jdbc;

    DemoEnterpriseVisits(InspectionTestData data, Tasks tasks, JdbcClient jdbc) {
        this.data = data;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /** An approved inspection and the agency (officers, item) doing it. */
    record Visit(InspectionTask task, Inspecting inspecting) {
    }

    /** A 个案检查 of the demo enterprise by two officers of a new agency, asked by one and approved by its head. */
    Visit approved(String agencyPrefix) {
        Inspecting inspecting = data.agency(agencyPrefix, 2);
        String creditCode = jdbc.sql("""
                select p.credit_code from identity.account a join entities.party p on p.id = a.party_id
                 where a.username = 'enterprise'""").query(String.class).single();
        TaskForm form = InspectionTestData.caseForm(inspecting, null);
        TaskForm forDemoEnterprise = new TaskForm(form.kind(), form.origin(), form.originNote(), creditCode,
                form.itemIds(), form.officerIds(), form.windowFrom(), form.windowTo(), false);
        InspectionTask asked = tasks.create(user(Role.OFFICER, inspecting.agency().id()), forDemoEnterprise);
        return new Visit(tasks.decide(agencyAdmin(inspecting.agency()), asked.id(), asked.version(), true, null),
                inspecting);
    }
}
