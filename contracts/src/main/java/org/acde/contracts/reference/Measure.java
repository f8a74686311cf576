package org.acde.contracts.reference;

import java.util.Arrays;
import java.util.List;

/** The seven measures of the ASEAN–China Joint Statement (Vientiane, 10 October 2024), with its own titles. */
public enum Measure implements Coded {
    I(1, "Strengthen policy exchange and strategic matchmaking"),
    II(2, "Promote the development of digital infrastructure"),
    III(3, "Accelerate innovative application of emerging digital technologies"),
    IV(4, "Promote digital transformation of industries"),
    V(5, "Strengthen digital security capabilities and resilience"),
    VI(6, "Improve digital literacy and digital capabilities"),
    VII(7, "Promote more inclusive digital development beneficial to all");

    private final int number;
    private final String label;

    Measure(int number, String label) {
        this.number = number;
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public int number() {
        return number;
    }

    public List<SubArea> subAreas() {
        return Arrays.stream(SubArea.values()).filter(area -> area.measure() == this).toList();
    }
}
