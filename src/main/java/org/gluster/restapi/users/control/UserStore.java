package org.gluster.restapi.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.gluster.restapi.state.Passwords;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.users.entity.User;
import org.gluster.restapi.users.entity.UserTable;

/** Users in users.json of the state directory; every change is one atomic update of that file. */
@ApplicationScoped
public class UserStore {

    static final String FILE = "users.json";

    private Supplier<StateFiles> state;

    protected UserStore() {
    }

    @Inject
    public UserStore(Supplier<StateFiles> state) {
        this.state = state;
    }

    public List<User> all() {
        return state.get().read(FILE, UserTable.class).orElseGet(UserTable::empty).users();
    }

    public Optional<User> find(String name) {
        return all().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /**
     * The user as a read of users.json less than the state's recheck window ago found it (StateFiles.readRecent):
     * for a check that every request makes; a change through this gateway is seen at once, one by the
     * admin tool or another node within the window.
     */
    public Optional<User> findRecent(String name) {
        for (User user : state.get().readRecent(FILE, UserTable.class).orElseGet(UserTable::empty).users()) {
            if (user.name().equals(name)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    /** Creates the user unless one of that name exists; true when it was created. */
    public boolean createIfAbsent(String name, String group, char[] password, boolean changeRequired) {
        String hash = Passwords.hash(password);
        boolean[] created = {false};
        state.get().update(FILE, UserTable.class, UserTable::empty, table -> {
            if (table.users().stream().anyMatch(u -> u.name().equals(name))) {
                return table;
            }
            created[0] = true;
            List<User> users = new ArrayList<>(table.users());
            users.add(new User(table.nextId(), name, group, hash, changeRequired, 0, 0, 0));
            return new UserTable(table.nextId() + 1, users);
        });
        return created[0];
    }

    public void remove(String name) {
        state.get().update(FILE, UserTable.class, UserTable::empty, table -> new UserTable(table.nextId(),
                table.users().stream().filter(u -> !u.name().equals(name)).toList()));
    }

    /**
     * Changes what is not null: the password (which then needs no change, and ends the user's session
     * tokens), the group; unlocks.
     */
    public void change(String name, char[] password, String group, boolean unlock) {
        String hash = password == null ? null : Passwords.hash(password);
        change(name, u -> new User(u.id(), u.name(), group == null ? u.group() : group,
                hash == null ? u.passwordHash() : hash, hash == null && u.passwordChangeRequired(),
                unlock ? 0 : u.failedLogins(), unlock ? 0 : u.lockedUntil(),
                hash == null ? u.passwordVersion() : u.passwordVersion() + 1));
    }

    /** An administrator's reset: a new password that its user must change, no lockout, no session left. */
    public void resetPassword(String name, char[] password) {
        String hash = Passwords.hash(password);
        change(name, u -> new User(u.id(), u.name(), u.group(), hash, true, 0, 0, u.passwordVersion() + 1));
    }

    /** Counts a bad password; at {@code maxFailures} in a row the user is locked until {@code lockedUntil}. */
    public void recordFailure(String name, int maxFailures, long lockedUntil) {
        change(name, u -> {
            int failed = u.failedLogins() + 1;
            return failed >= maxFailures ? u.withFailedLogins(0, lockedUntil) : u.withFailedLogins(failed, u.lockedUntil());
        });
    }

    public void recordSuccess(User user) {
        if (user.failedLogins() != 0 || user.lockedUntil() != 0) {
            change(user.name(), u -> u.withFailedLogins(0, 0));
        }
    }

    private void change(String name, UnaryOperator<User> change) {
        state.get().update(FILE, UserTable.class, UserTable::empty, table -> new UserTable(table.nextId(),
                table.users().stream().map(u -> u.name().equals(name) ? change.apply(u) : u).toList()));
    }
}
