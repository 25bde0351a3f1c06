package org.gluster.restapi.commands;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.List;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.control.CommandRegistry;

/** Every command family of the main code, found as CDI finds them (the classes), built plainly for unit tests. */
public final class Families {

    private Families() {
    }

    public static List<CommandFamily> all() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gluster.restapi").stream()
                .filter(c -> c.isAssignableTo(CommandFamily.class) && !c.isInterface())
                .map(JavaClass::reflect).filter(c -> !Modifier.isAbstract(c.getModifiers()))
                .map(Families::instance).toList();
    }

    public static CommandRegistry registry() {
        return new CommandRegistry(all());
    }

    private static CommandFamily instance(Class<?> type) {
        try {
            return (CommandFamily) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be built for a test", e);
        }
    }
}
