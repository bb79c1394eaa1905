package org.newsum.internal.options;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * A record's components by name: their values, and a copy of the record with one of them replaced,
 * made by its canonical constructor (so the copy is checked like any other). How the options records
 * are set by name ({@code --set}, HTTP {@code "options"}) without a constructor call per option
 * that repeats every other component. A class's components and constructor are looked up once:
 * the options are read for every summary's provenance.
 */
public final class RecordComponents {
  /** A record class's components, their names and its canonical constructor. */
  private record Shape(RecordComponent[] components, List<String> names, Constructor<?> canonical) {
    RecordComponent component(String name) {
      int i = names.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(canonical.getDeclaringClass().getSimpleName() + " has no component '" + name
            + "'");
      }
      return components[i];
    }
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      try {
        return new Shape(components, Arrays.stream(components).map(RecordComponent::getName).toList(),
            type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + type, e);
      }
    }
  };

  private RecordComponents() {}

  /** The names of the components of {@code type}, in declaration order. */
  public static List<String> names(Class<? extends Record> type) {
    return SHAPES.get(type).names();
  }

  /**
   * The type of the component of {@code type} called {@code name}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static Class<?> type(Class<? extends Record> type, String name) {
    return SHAPES.get(type).component(name).getType();
  }

  /** The value of the component of {@code record} called {@code name}, boxed. */
  public static Object value(Record record, String name) {
    return value(record, SHAPES.get(record.getClass()).component(name));
  }

  /**
   * A copy of {@code record} with the component called {@code name} set to {@code value} (boxed),
   * made by the canonical constructor: what the constructor throws, this throws.
   */
  public static <R extends Record> R with(R record, String name, Object value) {
    Shape shape = SHAPES.get(record.getClass());
    shape.component(name); // an unknown name is an error, not a copy
    Object[] values = new Object[shape.components().length];
    for (int i = 0; i < values.length; i++) {
      values[i] = shape.names().get(i).equals(name) ? value : value(record, shape.components()[i]);
    }
    try {
      @SuppressWarnings("unchecked") // a record class is final: the record's class, whose constructor this is, is R
      R copy = (R) shape.canonical().newInstance(values);
      return copy;
    } catch (InvocationTargetException e) {
      throw unwrapped(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (InvocationTargetException e) {
      throw unwrapped(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the constructor or accessor threw, as it was. */
  private static RuntimeException unwrapped(InvocationTargetException e) {
    if (e.getCause() instanceof RuntimeException cause) {
      return cause;
    }
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e.getCause());
  }
}
