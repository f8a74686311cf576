package org.acde.contracts.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** One violation per repeated item of a list, at the item ({@code field[i]}) or its {@link NoDuplicates#by} component. */
public class NoDuplicatesValidator implements ConstraintValidator<NoDuplicates, List<?>> {

    private String by;
    private boolean ignoreCase;
    private String message;

    @Override
    public void initialize(NoDuplicates constraint) {
        by = constraint.by();
        ignoreCase = constraint.ignoreCase();
        message = constraint.message();
    }

    @Override
    public boolean isValid(List<?> items, ConstraintValidatorContext context) {
        if (items == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < items.size(); i++) {
            String value = valueOf(items.get(i));
            if (value == null || seen.add(value)) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            var violation = context.buildConstraintViolationWithTemplate(escaped(value) + " " + message);
            if (by.isEmpty()) {
                violation.addBeanNode().inIterable().atIndex(i).addConstraintViolation();
            } else {
                violation.addPropertyNode(by).inIterable().atIndex(i).addConstraintViolation();
            }
        }
        return valid;
    }

    private String valueOf(Object item) {
        Object value = by.isEmpty() || item == null ? item : component(item);
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        return ignoreCase ? text.strip().toLowerCase(Locale.ROOT) : text;
    }

    private Object component(Object item) {
        for (RecordComponent component : item.getClass().getRecordComponents()) {
            if (component.getName().equals(by)) {
                try {
                    return component.getAccessor().invoke(item);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + by + " of " + item.getClass().getName(), e);
                }
            }
        }
        throw new IllegalArgumentException(item.getClass().getName() + " has no component " + by);
    }

    /** The value is shown as given, never interpreted as a message expression. */
    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
