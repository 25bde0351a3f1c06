package org.gluster.restapi.commands.cache;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Watches glusterd's store for what this node's CLI did not change itself: another node of the
 * pool, or someone running {@code gluster} here. glusterd writes {@code X.tmp} and renames it to
 * {@code X}: the rename (a create of X) is the change, temp files are not. Watched: the store's own
 * directory ({@code options}), {@code vols/} and each volume's directory, {@code peers/},
 * {@code snaps/}, {@code geo-replication/} and each session's directory, where only {@code gsyncd.conf}
 * counts (gsyncd rewrites its workers' status files there every few seconds); a new volume or session
 * directory is watched as it appears.
 */
public final class StoreWatch implements Runnable, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoreWatch.class.getName());
    private static final String GEOREP = "geo-replication";
    private static final String GEOREP_CONFIG = "gsyncd.conf";
    private static final List<String> WATCHED = List.of("vols", "peers", "snaps", GEOREP);

    private final Path store;
    private final Runnable changed;
    private final WatchService watcher;

    public StoreWatch(Path store, Runnable changed) throws IOException {
        this.store = store;
        this.changed = changed;
        this.watcher = store.getFileSystem().newWatchService();
        register(store);
        for (String dir : WATCHED) {
            Path path = store.resolve(dir);
            if (Files.isDirectory(path)) {
                register(path);
                try (Stream<Path> children = Files.list(path)) {
                    for (Path child : children.filter(Files::isDirectory).toList()) {
                        register(child);
                    }
                }
            }
        }
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    relevant |= handle((Path) key.watchable(), event);
                }
                key.reset();
                if (relevant) {
                    changed.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed at shutdown
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    private boolean handle(Path dir, WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            return true;
        }
        Path path = dir.resolve((Path) event.context());
        String name = path.getFileName().toString();
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)
                && WATCHED.contains(dir.getFileName().toString()) && dir.getParent().equals(store)) {
            try {
                register(path);
            } catch (IOException e) {
                LOG.warning(() -> "cannot watch " + path + ": " + e.getMessage());
            }
        }
        return changes(store, dir, name);
    }

    /** Whether a file {@code name} created, changed or removed in {@code dir} of the store changes a read. */
    static boolean changes(Path store, Path dir, String name) {
        Path parent = dir.getParent();
        if (parent != null && parent.endsWith(GEOREP) && store.equals(parent.getParent())) {
            return name.equals(GEOREP_CONFIG);
        }
        return !name.endsWith(".tmp") && !name.startsWith(".");
    }

    private void register(Path dir) throws IOException {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }
}
