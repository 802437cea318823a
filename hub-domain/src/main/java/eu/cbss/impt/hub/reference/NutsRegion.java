package eu.cbss.impt.hub.reference;

/** One NUTS 2021 region: level 0 is the country, 3 the smallest. */
public record NutsRegion(String code, String name, int level, String parent) {

    public String country() {
        return code.substring(0, 2);
    }
}
