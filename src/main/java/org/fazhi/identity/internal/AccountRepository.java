package org.fazhi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            id, username, password_hash, display_name, role, region_code, agency_id, party_id, officer_id, enabled,
            must_change_password, failed_attempts, locked_until, password_changed_at, last_login_at, created_at, version
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where username = ?")
                .param(username).query(AccountRepository::map).optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where id = ?")
                .param(id).query(AccountRepository::map).optional();
    }

    public Optional<Account> findByOfficer(long officerId) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where officer_id = ?")
                .param(officerId).query(AccountRepository::map).optional();
    }

    public List<Account> findIn(DataScope scope) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where region_code like ? order by role, username")
                .param(scope.regionPattern()).query(AccountRepository::map).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from identity.account)").query(Boolean.class).single();
    }

    public long insert(String username, String passwordHash, String displayName, Role role, RegionCode region,
                       @Nullable Long agencyId, @Nullable Long partyId, boolean mustChangePassword) {
        return jdbc.sql("""
                        insert into identity.account (username, password_hash, display_name, role, region_code,
                                                      agency_id, party_id, must_change_password)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, passwordHash, displayName, role.name(), region.value(), agencyId, partyId,
                        mustChangePassword)
                .query(Long.class).single();
    }

    /** Links an enterprise account opened before accounts named their party, and lets it log in again. */
    public void linkParty(long id, long partyId) {
        jdbc.sql("update identity.account set party_id = ?, enabled = true, version = version + 1 where id = ?")
                .params(partyId, id).update();
    }

    /** Names the officer an officer's account belongs to (null: none). */
    public void linkOfficer(long id, @Nullable Long officerId) {
        jdbc.sql("update identity.account set officer_id = ?, version = version + 1 where id = ?")
                .params(officerId, id).update();
    }

    /** Counts a failed login; locks the account when the count reaches the limit. */
    public void recordFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                        update identity.account
                           set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                         where username = ?""")
                .params(maxFailures, Timestamp.from(lockUntil), username).update();
    }

    public void recordSuccess(String username, Instant at) {
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null, last_login_at = ? where username = ?")
                .params(Timestamp.from(at), username).update();
    }

    public void changePassword(long id, String passwordHash, Instant at) {
        jdbc.sql("""
                        update identity.account set password_hash = ?, must_change_password = false,
                               password_changed_at = ?, version = version + 1 where id = ?""")
                .params(passwordHash, Timestamp.from(at), id).update();
    }

    public void resetPassword(long id, String passwordHash) {
        jdbc.sql("""
                        update identity.account set password_hash = ?, must_change_password = true,
                               failed_attempts = 0, locked_until = null, version = version + 1 where id = ?""")
                .params(passwordHash, id).update();
    }

    public void unlock(long id) {
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null, version = version + 1 where id = ?")
                .param(id).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update identity.account set enabled = ?, version = version + 1 where id = ?")
                .params(enabled, id).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                new RegionCode(rs.getString("region_code")), rs.getObject("agency_id", Long.class),
                rs.getObject("party_id", Long.class), rs.getObject("officer_id", Long.class), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), instant(rs, "password_changed_at"),
                instant(rs, "last_login_at"), instant(rs, "created_at"), rs.getInt("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
