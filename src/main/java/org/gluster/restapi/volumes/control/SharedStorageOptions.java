package org.gluster.restapi.volumes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.state.StateLocation;

/**
 * The shared-storage volume's client options that must stay off for locked read-modify-write to
 * lose nothing there (measured: with them on, 1 to 7 of 40 concurrent entries survived). Checked at
 * every start while the state is on that volume, and turned off again when someone turned one on.
 */
@ApplicationScoped
public class SharedStorageOptions {

    private static final Logger LOG = Logger.getLogger(SharedStorageOptions.class.getName());

    @Inject
    CommandFacade facade;

    @Inject
    StateLocation location;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (location.shared()) {
            try {
                ensureOff();
            } catch (RuntimeException e) {
                LOG.warning(() -> "the options of the shared-storage volume could not be checked: "
                        + e.getMessage());
            }
        }
    }

    public void ensureOff() {
        for (String option : StateLocation.SHARED_VOLUME_OPTIONS_OFF) {
            XmlNode answer = facade.execute(VolumeTargets.GET.build(List.of(StateLocation.SHARED_VOLUME, option),
                    Map.of())).xml();
            String value = answer.path("volGetopts", "Opt").text("Value");
            if (!value.startsWith("off")) {
                facade.execute(VolumeTargets.SET.build(List.of(StateLocation.SHARED_VOLUME),
                        Map.of("options", Map.of(option, "off"))));
                LOG.warning(() -> option + " was " + value + " on the shared-storage volume; turned it off again");
            }
        }
    }
}
