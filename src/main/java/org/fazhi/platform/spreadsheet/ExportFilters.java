package org.fazhi.platform.spreadsheet;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
import org.springframework.web.server.ResponseStatusException;

/** An export's filters arrive as the list page's query parameters: blank means "not filtered". */
public record ExportFilters(Map<String, String> values) {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    /**
     * The filters as the list's own filter record, bound exactly as the list page and the API bind it (by the
     * record's component names, with their formats); a value that does not convert answers 400.
     */
    public <F> F as(Class<F> filterType) {
        DataBinder binder = new DataBinder(null, "filter");
        binder.setTargetType(ResolvableType.forClass(filterType));
        binder.setConversionService(CONVERSIONS);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public @Nullable Object resolveValue(String name, Class<?> type) {
                return text(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "export filters: " + binder.getBindingResult());
        }
        return filterType.cast(binder.getTarget());
    }

    public @Nullable String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public @Nullable Long number(String name) {
        String value = text(name);
        return value == null ? null : Long.valueOf(value);
    }

    public @Nullable Boolean flag(String name) {
        String value = text(name);
        return value == null ? null : Boolean.valueOf(value);
    }

    public <E extends Enum<E>> @Nullable E choice(Class<E> type, String name) {
        String value = text(name);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
