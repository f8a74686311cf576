package org.acde.kernel.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or header parameter that cannot be read; answered as a 400 naming the parameter. When the name is not
 * known where the value was parsed, it is found again from the rejected value.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String value;

    public InvalidParameterException(String parameter, String value, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
