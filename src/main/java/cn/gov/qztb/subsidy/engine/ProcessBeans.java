package cn.gov.qztb.subsidy.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;

/**
 * Expressions (in processes, and in scripts) see only the beans the processes use: this
 * application's delegates and listeners, and the beans marked {@link ProcessBean}. Camunda's
 * Spring integration would otherwise expose every bean of the application context, so that an
 * expression such as {@code ${jdbcTemplate.queryForList('…')}} could run SQL. Beans are looked
 * up when first named, since they need the engine this plugin configures.
 */
public final class ProcessBeans {

  static final String OWN_PACKAGE = "cn.gov.qztb.subsidy.";

  private ProcessBeans() {}

  static void install(ProcessEngineConfigurationImpl configuration, ApplicationContext context) {
    Map<Object, Object> beans = new Exposed(context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  /** The names of the beans expressions may use. */
  public static Set<String> names(ApplicationContext context) {
    return Stream.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)
        .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type, false, false)))
        .filter(name -> ownType(context, name))
        .collect(Collectors.toCollection(() -> new TreeSet<>(
            Arrays.asList(context.getBeanNamesForAnnotation(ProcessBean.class)))));
  }

  private static boolean ownType(ApplicationContext context, String name) {
    Class<?> type = context.getType(name, false);
    return type != null && type.getName().startsWith(OWN_PACKAGE);
  }

  /** A read-only map of the exposed beans, by name; resolved on first use. */
  static final class Exposed extends AbstractMap<Object, Object> {
    private final ApplicationContext context;
    private volatile Set<String> names;

    Exposed(ApplicationContext context) {
      this.context = context;
    }

    private Set<String> names() {
      if (names == null) {
        names = ProcessBeans.names(context);
      }
      return names;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream().map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
