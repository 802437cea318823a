package eu.cbss.impt.hub.reference;

import java.util.Objects;

/** A NUTS 2021 code of a region of a CBSS country, such as EE001. */
public record RegionCode(String value) {

    public RegionCode {
        Objects.requireNonNull(value, "region");
        if (NutsRegions.cbss().find(value).isEmpty()) {
            throw new IllegalArgumentException(
                    "Region must be a NUTS 2021 code of a CBSS country, such as EE001; '" + value + "' is not one.");
        }
    }

    public static boolean isValid(String value) {
        return NutsRegions.cbss().find(value).isPresent();
    }

    @Override
    public String toString() {
        return value;
    }
}
