package app.zetpay.support.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One route this application maps, as found in Spring MVC's handler mappings: tests that must cover
 * every route (the fuzz, the authorisation matrix) list them from here, so a new route is covered
 * without anyone adding it.
 *
 * @param stream the route answers with server-sent events, which do not end
 */
public record MappedRoute(String method, String pattern, boolean stream) {

	public String key() {
		return method + " " + pattern;
	}

	/**
	 * Every route of this application's own controllers (not Boot's error page), by pattern then
	 * method; a mapping without methods counts as GET and POST.
	 */
	public static List<MappedRoute> all(RequestMappingHandlerMapping mappings) {
		var routes = new ArrayList<MappedRoute>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("app.zetpay.support")
					|| info.getPathPatternsCondition() == null) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			var stream = info.getProducesCondition().getProducibleMediaTypes().stream()
					.anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM));
			for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					routes.add(new MappedRoute(method.name(), pattern, stream));
				}
			}
		});
		return routes.stream().distinct()
				.sorted(Comparator.comparing(MappedRoute::pattern).thenComparing(MappedRoute::method)).toList();
	}
}
