package org.acde.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Checks that a list and its items agree for one caller: every item the list shows opens, and shows the same. A list
 * that shows what its item answers 404 to leaks what the item hides.
 */
public final class Listings {

    private Listings() {
    }

    /**
     * Pages through the list at {@code path} as {@code token} ({@code null}: anonymous), opens each item at
     * {@code itemPath} of its id with the same token, and asserts it is a 200 with the same body. Returns the ids
     * listed, in order.
     */
    public static List<String> assertItemsOpenAsListed(String token, String path, Map<String, ?> query,
            Function<String, String> itemPath) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> item : all(token, path, query)) {
            String id = (String) item.get("id");
            Map<String, Object> opened = as(token).get(itemPath.apply(id)).then()
                    .statusCode(200).extract().jsonPath().getMap("$");
            assertThat(opened).as("%s as the item of %s shows it", itemPath.apply(id), path).isEqualTo(item);
            ids.add(id);
        }
        return ids;
    }

    /** Every item of the list at {@code path} as {@code token}, following {@code nextCursor} to the end. */
    public static List<Map<String, Object>> all(String token, String path, Map<String, ?> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParams(query).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }
}
