package org.gluster.restapi.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.catalog.Param;
import org.gluster.restapi.commands.catalog.Slot;
import org.gluster.restapi.commands.control.CommandRegistry;

/**
 * One POST operation per command target and per number of positional arguments it takes
 * ({@code /rest/v1/volume-info} and {@code /rest/v1/volume-info/{name}}), with the named parameters
 * as the JSON body's schema; gluster commands show the CLI words they run.
 */
final class CommandOperations {

    static final String TAG = "command targets";
    static final String PREFIX = "/rest/v1/";

    private CommandOperations() {
    }

    static void addTo(OpenAPI openAPI, CommandRegistry registry) {
        Schema row = schema(Schema.SchemaType.OBJECT).additionalPropertiesSchema(schema(Schema.SchemaType.STRING))
                .description("one object of the gateway's own commands: every value a string");
        openAPI.getComponents().addSchema("CliAnswer", schema(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true)
                .description("the gluster CLI's XML answer as JSON: elements are members, repeated ones arrays, values strings"));
        openAPI.getComponents().addSchema("CommandRow", row);
        openAPI.getComponents().addSchema("CommandRows", schema(Schema.SchemaType.ARRAY).items(ref("CommandRow")));
        for (CommandTarget target : registry.targets()) {
            String access = target.mutating() ? target.readChoices().isEmpty() ? "Administrator."
                    : "Administrator; a Monitor may run action " + new TreeSet<>(target.readChoices()) + "."
                    : "Monitor and above.";
            add(openAPI, target.name(), target.summary(), "Runs `" + cli(target) + "`. " + access
                    + " Answers the CLI's XML as JSON (lists are arrays, values strings).", target.positionals(),
                    target.named(), ref("CliAnswer"));
        }
        for (OwnCommand own : registry.ownCommands()) {
            add(openAPI, own.name(), own.summary(), "The gateway's own command, in the Storage Virtualize style: values are strings.",
                    own.positionals(), own.named(), ref(own.name().startsWith("ls") ? "CommandRows" : "CommandRow"));
        }
    }

    private static void add(OpenAPI openAPI, String name, String summary, String description, List<Param> positionals,
                            List<Param> named, Schema answer) {
        int required = (int) positionals.stream().filter(Param::required).count();
        for (int k = required; k <= positionals.size(); k++) {
            List<Param> used = positionals.subList(0, k);
            StringBuilder path = new StringBuilder(PREFIX).append(name);
            used.forEach(p -> path.append("/{").append(p.name()).append('}'));
            Operation operation = OASFactory.createObject(Operation.class)
                    .operationId(k == required ? name : name + "-by-" + String.join("-",
                            used.subList(required, k).stream().map(Param::name).toList()))
                    .summary(summary).description(description).tags(List.of(TAG))
                    .parameters(used.stream().map(CommandOperations::pathParameter).toList())
                    .responses(OASFactory.createObject(APIResponses.class).addAPIResponse("200",
                            OASFactory.createObject(APIResponse.class).description("done")
                                    .content(json(answer))));
            if (!named.isEmpty()) {
                operation.requestBody(body(openAPI, name, named));
            }
            openAPI.getPaths().addPathItem(path.toString(), OASFactory.createObject(PathItem.class).POST(operation));
        }
    }

    private static Parameter pathParameter(Param param) {
        return OASFactory.createObject(Parameter.class).name(param.name()).in(Parameter.In.PATH).required(true)
                .description(param.description()).schema(schema(Schema.SchemaType.STRING));
    }

    /**
     * The named parameters as a component of their own, {@code <Command>Parameters} ({@code volume-create}:
     * {@code VolumeCreateParameters}), shared by the command's operations: generators name inline bodies
     * after the operation, and {@code volume_create_request} was also the name of the /v1 record.
     */
    private static RequestBody body(OpenAPI openAPI, String command, List<Param> named) {
        Schema object = schema(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(false)
                .description("the named parameters of " + command);
        List<String> required = new ArrayList<>();
        for (Param param : named) {
            object.addProperty(param.name(), property(param).description(param.description()));
            if (param.required()) {
                required.add(param.name());
            }
        }
        if (!required.isEmpty()) {
            object.required(required);
        }
        String component = bodyName(command);
        openAPI.getComponents().addSchema(component, object);
        return OASFactory.createObject(RequestBody.class).required(!required.isEmpty())
                .description("the named parameters")
                .content(json(ref(component)));
    }

    private static Schema property(Param param) {
        Schema string = schema(Schema.SchemaType.STRING);
        return switch (param.shape()) {
            case FLAG -> schema(Schema.SchemaType.BOOLEAN);
            case KEYWORD, VALUE -> string;
            case VALUES -> schema(Schema.SchemaType.ARRAY).items(string).minItems(1)
                    .maxItems(param.maxItems() > 0 ? param.maxItems() : null).uniqueItems(param.distinct() ? true : null);
            case PAIRS -> schema(Schema.SchemaType.OBJECT).additionalPropertiesSchema(string).minProperties(1)
                    .maxProperties(param.maxItems() > 0 ? param.maxItems() : null);
            case CHOICE -> string.enumeration(new ArrayList<Object>(new TreeSet<>(param.choices().keySet())));
            case ANSWER -> param.check() == null ? schema(Schema.SchemaType.BOOLEAN) : string;
        };
    }

    static String bodyName(String command) {
        StringBuilder name = new StringBuilder();
        for (String word : command.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.append("Parameters").toString();
    }

    /** The CLI words a target runs, as gluster's own usage text writes them. */
    static String cli(CommandTarget target) {
        StringJoiner words = new StringJoiner(" ", "gluster ", "");
        for (Slot slot : target.template()) {
            if (slot instanceof Slot.Word w) {
                words.add(w.word());
            } else if (slot instanceof Slot.Positional p) {
                words.add(p.param().required() ? "<" + p.param().name() + ">" : "[<" + p.param().name() + ">]");
            } else if (slot instanceof Slot.Named n && n.param().shape() != Param.Shape.ANSWER) {
                Param param = n.param();
                String text = switch (param.shape()) {
                    case FLAG -> param.word();
                    case KEYWORD -> param.word() + " <" + param.name() + ">";
                    case VALUE -> "<" + param.name() + ">";
                    case VALUES, PAIRS -> "<" + param.name() + ">...";
                    case CHOICE -> String.join("|", new TreeMap<>(param.choices()).values().stream()
                            .map(w -> String.join(" ", w)).toList());
                    case ANSWER -> "";
                };
                words.add(param.required() ? text : "[" + text + "]");
            }
        }
        return words.toString();
    }

    static Content json(Schema schema) {
        return OASFactory.createObject(Content.class).addMediaType("application/json",
                OASFactory.createObject(MediaType.class).schema(schema));
    }

    static Schema ref(String component) {
        return OASFactory.createObject(Schema.class).ref(component);
    }

    static Schema schema(Schema.SchemaType type) {
        return OASFactory.createObject(Schema.class).type(type);
    }
}
