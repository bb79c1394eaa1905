package org.newsum.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsum.NewsumException;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --set NAME=VALUE} option shared by the commands that summarize. */
final class MethodSettings {
  @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
      description = "Set a method option (repeatable), e.g. --set lambda=0.7; `newsum methods` lists them with"
          + " their defaults and ranges.")
  Map<String, String> settings = new LinkedHashMap<>();

  /**
   * The options of {@code method} with the settings applied; an unknown method is a
   * {@link NewsumException}, a bad setting a usage error (exit 2) naming it.
   */
  MethodOptions options(String method, CommandSpec spec) {
    MethodOptions defaults = Summarizers.options(method);
    try {
      return Summarizers.options(defaults.method(), settings);
    } catch (NewsumException e) {
      throw new BadSetting(spec, "newsum: " + e.getMessage());
    }
  }

  /**
   * The options of each method, each setting applied to the methods that have the option; a
   * setting no method has, or a bad value, is a usage error.
   */
  List<MethodOptions> options(List<String> methods, CommandSpec spec) {
    List<MethodOptions> all = new ArrayList<>();
    for (String method : methods) {
      all.add(Summarizers.options(method));
    }
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      boolean applied = false;
      for (int m = 0; m < all.size(); m++) {
        if (Summarizers.hasOption(all.get(m).method(), setting.getKey())) {
          all.set(m, set(all.get(m), setting, spec));
          applied = true;
        }
      }
      if (!applied) {
        throw new BadSetting(spec, "newsum: no method of " + String.join(",", methods)
            + " has an option '" + setting.getKey() + "'; `newsum methods` lists every method's options");
      }
    }
    return all;
  }

  /** A bad {@code --set}: a usage error (exit 2) shown as its message alone, without the usage help. */
  static final class BadSetting extends ParameterException {
    private static final long serialVersionUID = 1L;

    BadSetting(CommandSpec spec, String message) {
      super(spec.commandLine(), message);
    }
  }

  private static MethodOptions set(MethodOptions options, Map.Entry<String, String> setting, CommandSpec spec) {
    try {
      return options.with(setting.getKey(), setting.getValue());
    } catch (NewsumException e) {
      throw new BadSetting(spec, "newsum: " + e.getMessage());
    }
  }
}
