package org.gluster.restapi.admin;

import picocli.CommandLine;

class Version implements CommandLine.IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"gluster-restapi " + current()};
    }
}
