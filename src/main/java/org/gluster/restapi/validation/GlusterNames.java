package org.gluster.restapi.validation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What GlusterFS accepts for names, hosts, brick paths and option keys and values, checked before
 * any of them becomes a CLI argument. Each check returns the value it accepted.
 */
public final class GlusterNames {

    private static final Pattern VOLUME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,255}");
    private static final Set<String> RESERVED_VOLUME_NAMES = Set.of("volume", "type", "subvolumes", "option",
            "end-volume", "all", "volume_not_in_ring", "description", "force", "snap-max-hard-limit",
            "snap-max-soft-limit", "auto-delete", "activate-on-create");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[A-Za-z0-9._+@=,~-]{1,255}");
    private static final Pattern OPTION_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+");
    private static final Pattern POSIX_USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Pattern SIZE = Pattern.compile("\\d{1,15}(KB|MB|GB|TB|PB)?");
    private static final int MAX_PATH = 4096;
    private static final int MAX_OPTION_VALUE = 4096;

    private GlusterNames() {
    }

    public static String volumeName(String field, String name) {
        required(field, name);
        if (!VOLUME.matcher(name).matches()) {
            throw new InvalidInputException(field, "a volume name has 1 to 256 letters, digits, '_' and '-',"
                    + " and does not start with '-'");
        }
        if (RESERVED_VOLUME_NAMES.contains(name)) {
            throw new InvalidInputException(field, "'" + name + "' is reserved by GlusterFS");
        }
        return name;
    }

    public static String host(String field, String host) {
        required(field, host);
        if (IPV4.matcher(host).matches()) {
            return host;
        }
        if (host.length() > 253 || !host.chars().anyMatch(Character::isLetter)
                || !Pattern.compile("\\.").splitAsStream(host).allMatch(l -> LABEL.matcher(l).matches())) {
            throw new InvalidInputException(field, "a host is a DNS name or an IPv4 address");
        }
        return host;
    }

    /** A user name as Debian's adduser takes it (NAME_REGEX): lower case letters, digits, '_' and '-', at most 32. */
    public static String posixUser(String field, String user) {
        required(field, user);
        if (!POSIX_USER.matcher(user).matches()) {
            throw new InvalidInputException(field, "a user name has 1 to 32 lower case letters, digits, '_' and '-',"
                    + " and starts with a letter or '_'");
        }
        return user;
    }

    /** A brick as the CLI takes it, {@code host:/absolute/path}, without '.' or '..' components. */
    public static String brick(String field, String brick) {
        required(field, brick);
        int colon = brick.indexOf(":/");
        if (colon <= 0) {
            throw new InvalidInputException(field, "a brick is written host:/absolute/path");
        }
        String host = host(field, brick.substring(0, colon));
        if (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.startsWith("0.")) {
            throw new InvalidInputException(field, "a brick's host is a name or address other nodes can reach,"
                    + " not localhost or a loopback address");
        }
        String path = brick.substring(colon + 1);
        if (path.length() > MAX_PATH) {
            throw new InvalidInputException(field, "a brick path has at most " + MAX_PATH + " characters");
        }
        String[] components = path.substring(1).split("/", -1);
        for (String component : components) {
            if (component.equals(".") || component.equals("..") || !PATH_COMPONENT.matcher(component).matches()) {
                throw new InvalidInputException(field, "a brick path is absolute, below '/', made of names of"
                        + " letters, digits and ._+@=,~- (no '.', '..', empty names or other characters)");
            }
        }
        return brick;
    }

    public static String optionKey(String field, String key) {
        required(field, key);
        if (!OPTION_KEY.matcher(key).matches()) {
            throw new InvalidInputException(field, "an option name has letters, digits, '.', '_' and '-', starts"
                    + " with a letter or digit and has at most 128 characters");
        }
        return key;
    }

    public static String optionValue(String field, String value) {
        required(field, value);
        if (value.length() > MAX_OPTION_VALUE || value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidInputException(field, "an option value has at most " + MAX_OPTION_VALUE
                    + " characters and no control characters");
        }
        if (value.startsWith("-") && !NEGATIVE_NUMBER.matcher(value).matches()) {
            throw new InvalidInputException(field, "an option value starts with '-' only as a negative number");
        }
        if (!value.equals(value.strip())) {
            throw new InvalidInputException(field, "an option value has no leading or trailing white space");
        }
        return value;
    }

    /** A directory inside a volume, as quota takes it: "/" or "/a/b". */
    public static String volumePath(String field, String path) {
        required(field, path);
        if (path.equals("/")) {
            return path;
        }
        if (!path.startsWith("/") || path.length() > MAX_PATH) {
            throw new InvalidInputException(field, "a path inside the volume starts with '/'");
        }
        for (String component : path.substring(1).split("/", -1)) {
            if (component.equals(".") || component.equals("..") || !PATH_COMPONENT.matcher(component).matches()) {
                throw new InvalidInputException(field, "a path inside the volume is made of names of letters, digits"
                        + " and ._+@=,~- (no '.', '..' or empty names)");
            }
        }
        return path;
    }

    /** A size as GlusterFS takes it: a whole number with an optional unit, "10GB", "512MB", "100". */
    public static String size(String field, String size) {
        required(field, size);
        if (!SIZE.matcher(size).matches()) {
            throw new InvalidInputException(field, "a size is a whole number with an optional unit KB, MB, GB, TB or PB");
        }
        return size;
    }

    /** A percentage: "80%" or "80", from 1 to 100. */
    public static String percent(String field, String percent) {
        required(field, percent);
        String digits = percent.endsWith("%") ? percent.substring(0, percent.length() - 1) : percent;
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 100) {
            throw new InvalidInputException(field, "a percentage is a whole number from 1 to 100, with or without '%'");
        }
        return percent;
    }

    public static String count(String field, String value, int min, int max) {
        required(field, value);
        try {
            return String.valueOf(count(field, Integer.valueOf(value), min, max));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
        }
    }

    public static int count(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
        }
        return value;
    }

    private static void required(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
    }
}
