package org.acde.contracts.reference;

import java.util.Arrays;
import java.util.List;

/** The seven measures of the ASEAN–China Joint Statement (Vientiane, 10 October 2024), with its own titles. */
public enum Measure implements Coded {
    I(1),
    II(2),
    III(3),
    IV(4),
    V(5),
    VI(6),
    VII(7);

    private final int number;

    Measure(int number) {
        this.number = number;
    }

    @Override
    public String code() {
        return name();
    }

    public int number() {
        return number;
    }

    public List<SubArea> subAreas() {
        return Arrays.stream(SubArea.values()).filter(area -> area.measure() == this).toList();
    }
}
