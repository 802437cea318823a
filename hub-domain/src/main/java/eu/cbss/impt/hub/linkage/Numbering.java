package eu.cbss.impt.hub.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Dense numbers 0, 1, 2, … for the UUIDs an index holds, so that its arrays are indexed by int. */
final class Numbering {

    private final String noun;
    private final Map<UUID, Integer> numbers = new HashMap<>();
    private UUID[] ids = new UUID[16];

    /** @param noun what is numbered, for messages: "Child record", "Signal" */
    Numbering(String noun) {
        this.noun = noun;
    }

    boolean contains(UUID id) {
        return numbers.containsKey(id);
    }

    int add(UUID id) {
        int n = numbers.size();
        if (numbers.putIfAbsent(id, n) != null) {
            throw new IllegalArgumentException(noun + " " + id + " is already in the index.");
        }
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n] = id;
        return n;
    }

    int number(UUID id) {
        Integer n = numbers.get(id);
        if (n == null) {
            throw new IllegalArgumentException(noun + " " + id + " is not in the index.");
        }
        return n;
    }

    UUID id(int number) {
        return ids[number];
    }

    List<UUID> ids(int[] numbers) {
        List<UUID> list = new ArrayList<>(numbers.length);
        for (int n : numbers) {
            list.add(ids[n]);
        }
        return list;
    }
}
