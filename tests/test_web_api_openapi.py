"""The API describes itself: an OpenAPI document and browsable docs at /api/."""

from __future__ import annotations

import json

import chitieu
from tests.webhelpers import client_for

PATHS = [
    "/api/plans",
    "/api/plans/{slug}",
    "/api/plans/{slug}/targets",
    "/api/plans/{slug}/statuses",
    "/api/plans/{slug}/figures",
    "/api/plans/{slug}/figures.csv",
    "/api/plans/{slug}/figures.json",
    "/api/plans/{slug}/statuses.csv",
    "/api/plans/{slug}/statuses.json",
    "/api/reports/{report_id}",
    "/api/reports/{report_id}/submit",
    "/api/reports/{report_id}/approve",
    "/api/reports/{report_id}/return",
]


def test_it_serves_a_valid_openapi_document_listing_every_path(db):
    response = client_for(None).get("/api/openapi.json")
    assert response.status_code == 200
    doc = json.loads(response.content)
    assert doc["openapi"].startswith("3.")
    assert doc["info"]["title"] == "chitieu API"
    assert doc["info"]["version"] == chitieu.__version__
    assert set(PATHS) <= set(doc["paths"])
    assert set(doc["paths"]["/api/plans/{slug}/figures"]) == {"get", "post"}


def test_it_documents_both_ways_to_authenticate(db):
    doc = client_for(None).get("/api/openapi.json").json()
    schemes = doc["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["TokenAuth"].items()
    assert schemes["SessionAuth"]["in"] == "cookie"


def test_it_describes_values_as_exact_strings(db):
    doc = client_for(None).get("/api/openapi.json").json()
    figure = doc["components"]["schemas"]["FigureOut"]["properties"]
    assert figure["value"]["type"] == "string"
    value_in = doc["components"]["schemas"]["FigureIn"]["properties"]["value"]
    assert {"type": "string"} in value_in["anyOf"]


def test_it_serves_the_docs_page_without_a_cdn(db):
    response = client_for(None).get("/api/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/api/openapi.json" in page
    assert "cdn.jsdelivr" not in page


def test_it_gives_the_json_downloads_their_real_schemas(db):
    doc = client_for(None).get("/api/openapi.json").json()
    paths, schemas = doc["paths"], doc["components"]["schemas"]

    def schema(path):
        return paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]

    figures = schema("/api/plans/{slug}/figures.json")
    assert figures["type"] == "array"
    assert figures["items"] == {"$ref": "#/components/schemas/FigureExportOut"}
    assert set(schemas["FigureExportOut"]["required"]) == {
        "metric",
        "period",
        "value",
        "stage",
        "as_of",
        "unit_code",
        "source",
        "note",
    }
    assert schema("/api/plans/{slug}/statuses.json") == {"$ref": "#/components/schemas/StatusesOut"}
    assert (
        "attachment"
        in paths["/api/plans/{slug}/statuses.json"]["get"]["responses"]["200"]["description"]
    )


def test_the_json_downloads_match_their_schemas(demo):
    from chitieu.api.schemas import FigureExportOut, StatusesOut

    client = client_for(None)
    rows = json.loads(client.get("/api/plans/langson-xvii/figures.json").getvalue())
    checked = [FigureExportOut.model_validate(r).model_dump(mode="json") for r in rows]
    assert rows and checked == rows
    data = client.get("/api/plans/langson-xvii/statuses.json?lang=en").json()
    assert StatusesOut.model_validate(data).summary.total == data["summary"]["total"] > 0
