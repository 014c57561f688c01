package org.suanpan;

/** The version of this build, from the jar's manifest (a build from the IDE or the test classpath says “dev”). */
public final class Version {
    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
