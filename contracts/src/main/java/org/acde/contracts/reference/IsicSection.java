package org.acde.contracts.reference;

/** The sections of ISIC Rev.5 (UN Statistics Division, 2024), the sector vocabulary of every service. */
public enum IsicSection implements Coded {
    A("Agriculture, forestry and fishing"),
    B("Mining and quarrying"),
    C("Manufacturing"),
    D("Electricity, gas, steam and air conditioning supply"),
    E("Water supply; sewerage, waste management and remediation activities"),
    F("Construction"),
    G("Wholesale and retail trade"),
    H("Transportation and storage"),
    I("Accommodation and food service activities"),
    J("Publishing, broadcasting, and content production and distribution activities"),
    K("Telecommunications, computer programming, consultancy, computing infrastructure, and other information service activities"),
    L("Financial and insurance activities"),
    M("Real estate activities"),
    N("Professional, scientific and technical activities"),
    O("Administrative and support service activities"),
    P("Public administration and defence; compulsory social security"),
    Q("Education"),
    R("Human health and social work activities"),
    S("Arts, sports and recreation"),
    T("Other service activities"),
    U("Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use"),
    V("Activities of extraterritorial organizations and bodies");

    private final String label;

    IsicSection(String label) {
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
}
