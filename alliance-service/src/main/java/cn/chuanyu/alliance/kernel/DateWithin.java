package cn.chuanyu.alliance.kernel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date inside the range the alliance's domain allows, both ends inclusive (ISO dates), e.g. nothing of the alliance
 * happened before it was founded in 2020. Null is valid (use {@code @NotNull} as well where a date is required).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = DateWithin.Validator.class)
public @interface DateWithin {

    /** The alliance's first year: its founding (2020-12-06) and the year its records start. */
    String ALLIANCE_FOUNDED = "2020-01-01";

    /** The last day any of the alliance's dates may name. */
    String LAST_DAY = "2100-12-31";

    String min() default ALLIANCE_FOUNDED;

    String max() default LAST_DAY;

    String message() default "{cn.chuanyu.alliance.date-within}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DateWithin, LocalDate> {
        private LocalDate min;
        private LocalDate max;

        @Override
        public void initialize(DateWithin range) {
            min = LocalDate.parse(range.min());
            max = LocalDate.parse(range.max());
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(min) && !value.isAfter(max);
        }
    }
}
