"""Scenarios and routing rules: scenarios (shared or an application's), rules in their routing order, each
running its bound scenarios in order."""

from __future__ import annotations

import re
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import RULE_VIOLATED, already_exists, invalid, not_found, vox_error
from .form import ALL, Form, listing, matches

RULE_VIEW = (
    "rule_id",
    "application_id",
    "rule_name",
    "rule_pattern",
    "rule_pattern_exclude",
    "video_conference",
)


def compiled(pattern: str, name: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise invalid(f"{name} is not a valid regular expression: {error}") from None


class RoutingRules(Base):
    # --- lookups ------------------------------------------------------------------------------

    def app_rules(self, account: Account, app_id: int) -> list[dict[str, Any]]:
        """An application's rules in routing order (rules are configuration: bounded, see CONFIGURED)."""
        rules = [r for r in self.all_of(account, "rule") if r["application_id"] == app_id]
        return sorted(rules, key=lambda r: (r.get("order", r["rule_id"]), r["rule_id"]))

    def named_rule(self, account: Account, form: Form) -> dict[str, Any]:
        """The rule a request names by rule_id, or by rule_name: within its application when one is named,
        else among the account's rules, where the name must be unique."""
        if form.has("rule_id"):
            rule = self.one(account, "rule", form.integer("rule_id"))
            if rule is None:
                raise not_found(f"Rule {form.integer('rule_id')}")
            return rule
        name = form.text("rule_name")
        app = self.application(account, form, required=False)
        rules = self.app_rules(account, app["application_id"]) if app else self.all_of(account, "rule")
        found = [r for r in rules if r["rule_name"] == name]
        if not found:
            raise not_found(f"Rule '{name}'")
        if len(found) > 1:
            raise vox_error(RULE_VIOLATED, f"Several applications have a rule '{name}': name the application")
        return found[0]

    def scenario_view(self, scenario: dict[str, Any], with_script: bool = False) -> dict[str, Any]:
        view = {k: scenario[k] for k in ("scenario_id", "scenario_name", "modified")}
        if scenario.get("application_id"):
            view["application_id"] = scenario["application_id"]
        if with_script:
            view["scenario_script"] = scenario.get("scenario_script", "")
        return view

    def rule_view(self, account: Account, rule: dict[str, Any], with_scenarios: bool) -> dict[str, Any]:
        view = {
            "rule_id": rule["rule_id"],
            "application_id": rule["application_id"],
            "rule_name": rule["rule_name"],
            "rule_pattern": rule.get("rule_pattern", ".*"),
            "rule_pattern_exclude": rule.get("rule_pattern_exclude", ""),
            "video_conference": bool(rule.get("video_conference", False)),
            "modified": rule.get("modified", self.now()),
        }
        if with_scenarios:
            scenarios = [self.one(account, "scenario", sid) for sid in rule.get("scenarios", [])]
            view["scenarios"] = [self.scenario_view(s) for s in scenarios if s is not None]
        return view

    # --- rules --------------------------------------------------------------------------------

    def add_rule(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        name = form.text("rule_name")
        if any(r["rule_name"] == name for r in self.app_rules(account, app["application_id"])):
            raise already_exists(f"Rule '{name}'")
        compiled(form.text("rule_pattern"), "rule_pattern")
        if form.has("rule_pattern_exclude"):
            compiled(form.text("rule_pattern_exclude"), "rule_pattern_exclude")
        rule_id = self.new_id("rule", 3001)
        rule = {
            "rule_id": rule_id,
            "application_id": app["application_id"],
            "rule_name": name,
            "rule_pattern": form.text("rule_pattern"),
            "rule_pattern_exclude": form.text("rule_pattern_exclude"),
            "video_conference": form.flag("video_conference"),
            "bind_key_id": form.text("bind_key_id"),
            "modified": self.now(),
            "order": rule_id,  # after every existing rule
            "scenarios": [],
        }
        if form.has("scenario_id") or form.has("scenario_name"):
            rule["scenarios"] = [s["scenario_id"] for s in self.named_scenarios(account, form, app)]
        self.save(account, "rule", rule_id, rule)
        return self.ok(result=1, rule_id=rule_id)

    def del_rule(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rules = self.all_of(account, "rule")
        rules = [r for r in rules if matches(r["rule_id"], form.ids("rule_id"))]
        rules = [r for r in rules if matches(r["rule_name"], form.names("rule_name"))]
        apps = form.ids("application_id")
        rules = [r for r in rules if matches(r["application_id"], apps)]
        app_names = form.names("application_name")
        if app_names is not None and app_names != ALL:
            wanted = {a["application_id"] for n in app_names if (a := self.application_by_name(account, n))}
            rules = [r for r in rules if r["application_id"] in wanted]
        if not rules:
            raise not_found("Rule")
        for rule in rules:
            self.drop(account, "rule", rule["rule_id"])
        return self.ok(result=1)

    def set_rule_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rule = self.named_rule(account, form)
        if form.has("rule_name") and form.text("rule_name") != rule["rule_name"]:
            siblings = self.app_rules(account, rule["application_id"])
            if any(r["rule_name"] == form.text("rule_name") for r in siblings):
                raise already_exists(f"Rule '{form.text('rule_name')}'")
        for field in ("rule_pattern", "rule_pattern_exclude"):
            if form.has(field):
                compiled(form.text(field), field)
        for field in ("rule_name", "rule_pattern", "rule_pattern_exclude", "bind_key_id"):
            if form.has(field):
                rule[field] = form.text(field)
        if form.has("video_conference"):
            rule["video_conference"] = form.flag("video_conference")
        rule["modified"] = self.now()
        self.save(account, "rule", rule["rule_id"], rule)
        return self.ok(result=1)

    def get_rules(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        rules = self.app_rules(account, app["application_id"])
        if form.has("rule_id"):
            rules = [r for r in rules if r["rule_id"] == form.integer("rule_id")]
        if form.has("rule_name"):
            rules = [r for r in rules if r["rule_name"] == form.text("rule_name")]
        if form.has("video_conference"):
            rules = [r for r in rules if bool(r.get("video_conference")) == form.flag("video_conference")]
        if form.has("attached_key_id"):
            rules = [r for r in rules if r.get("bind_key_id") == form.text("attached_key_id")]
        if form.has("template"):
            rules = [r for r in rules if form.text("template") in r.get("rule_pattern", "")]
        views = [self.rule_view(account, r, form.flag("with_scenarios")) for r in rules]
        return self.ok(**listing(views, form))

    def reorder_rules(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        wanted = form.ids("rule_id")
        if wanted == ALL or not wanted:
            raise invalid("rule_id must list the rules in their new order")
        rules = []
        for rule_id in wanted:
            rule = self.one(account, "rule", rule_id)
            if rule is None:
                raise not_found(f"Rule {rule_id}")
            rules.append(rule)
        if len({r["application_id"] for r in rules}) > 1:
            raise vox_error(RULE_VIOLATED, "The rules must belong to the same application")
        # The listed rules take the places they held among the application's rules, in the new order.
        places = sorted(r.get("order", r["rule_id"]) for r in rules)
        for place, rule in zip(places, rules, strict=True):
            rule["order"] = place
            self.save(account, "rule", rule["rule_id"], rule)
        return self.ok(result=1)

    # --- scenarios ----------------------------------------------------------------------------

    def named_scenarios(
        self, account: Account, form: Form, app: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        """The scenarios named by scenario_id or scenario_name, in the order named; each must be shared or
        the application's own."""
        scenarios = self.all_of(account, "scenario")
        if form.has("scenario_id"):
            ids = form.ids("scenario_id")
            by_id = {s["scenario_id"]: s for s in scenarios}
            chosen = scenarios if ids == ALL else [by_id.get(i) for i in ids or []]
            missing = [i for i, s in zip(ids or [], chosen, strict=False) if s is None] if ids != ALL else []
            if missing:
                raise not_found(f"Scenario {missing[0]}")
        else:
            names = form.names("scenario_name")
            by_name = {s["scenario_name"]: s for s in scenarios}
            chosen = scenarios if names == ALL else [by_name.get(n) for n in names or []]
            missing_names = (
                [n for n, s in zip(names or [], chosen, strict=False) if s is None] if names != ALL else []
            )
            if missing_names:
                raise not_found(f"Scenario '{missing_names[0]}'")
        found = [s for s in chosen if s is not None]
        for scenario in found:
            owner = scenario.get("application_id")
            if app is not None and owner and owner != app["application_id"]:
                raise vox_error(
                    RULE_VIOLATED,
                    f"Scenario {scenario['scenario_id']} belongs to another application than the rule",
                )
        return found

    def add_scenario(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form, required=False)
        owner = app["application_id"] if app else None
        name = form.text("scenario_name")
        same = [s for s in self.all_of(account, "scenario") if s["scenario_name"] == name]
        if same and not form.flag("rewrite"):
            raise already_exists(f"Scenario '{name}'")
        scenario = same[0] if same else {"scenario_id": self.new_id("scenario", 5001), "scenario_name": name}
        scenario.update(
            scenario_script=form.text("scenario_script"), application_id=owner, modified=self.now()
        )
        self.save(account, "scenario", scenario["scenario_id"], scenario)
        if form.has("rule_id") or form.has("rule_name"):
            rule = self.named_rule(account, form)
            if scenario["scenario_id"] not in rule.get("scenarios", []):
                rule["scenarios"] = [*rule.get("scenarios", []), scenario["scenario_id"]]
                self.save(account, "rule", rule["rule_id"], rule)
        return self.ok(result=1, scenario_id=scenario["scenario_id"])

    def del_scenario(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doomed = {s["scenario_id"] for s in self.named_scenarios(account, form, None)}
        for scenario_id in doomed:
            self.drop(account, "scenario", scenario_id)
        for rule in self.all_of(account, "rule"):
            kept = [sid for sid in rule.get("scenarios", []) if sid not in doomed]
            if kept != rule.get("scenarios", []):
                rule["scenarios"] = kept
                self.save(account, "rule", rule["rule_id"], rule)
        return self.ok(result=1)

    def bind_scenario(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rule = self.named_rule(account, form)
        app = self.one(account, "application", rule["application_id"])
        ids = [s["scenario_id"] for s in self.named_scenarios(account, form, app)]
        bound = list(rule.get("scenarios", []))
        if form.flag("bind", True):
            bound += [sid for sid in ids if sid not in bound]
        else:
            bound = [sid for sid in bound if sid not in ids]
        rule.update(scenarios=bound, modified=self.now())
        self.save(account, "rule", rule["rule_id"], rule)
        return self.ok(result=1)

    def get_scenarios(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form, required=False)
        owner = app["application_id"] if app else None
        scenarios = [s for s in self.all_of(account, "scenario") if s.get("application_id") == owner]
        if form.has("scenario_id"):
            scenarios = [s for s in scenarios if s["scenario_id"] == form.integer("scenario_id")]
        if form.has("scenario_name"):
            scenarios = [s for s in scenarios if s["scenario_name"] == form.text("scenario_name")]
        scenarios.sort(key=lambda s: s["scenario_id"])
        views = [self.scenario_view(s, form.flag("with_script")) for s in scenarios]
        return self.ok(**listing(views, form))

    def set_scenario_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.has("scenario_id"):
            scenario = self.one(account, "scenario", form.integer("scenario_id"))
            what = str(form.integer("scenario_id"))
        else:
            wanted = form.text("required_scenario_name")
            scenario = next(
                (s for s in self.all_of(account, "scenario") if s["scenario_name"] == wanted), None
            )
            what = f"'{wanted}'"
        if scenario is None:
            raise not_found(f"Scenario {what}")
        if form.has("scenario_name") and form.text("scenario_name") != scenario["scenario_name"]:
            if any(
                s["scenario_name"] == form.text("scenario_name") for s in self.all_of(account, "scenario")
            ):
                raise already_exists(f"Scenario '{form.text('scenario_name')}'")
            scenario["scenario_name"] = form.text("scenario_name")
        if form.has("scenario_script"):
            scenario["scenario_script"] = form.text("scenario_script")
        scenario["modified"] = self.now()
        self.save(account, "scenario", scenario["scenario_id"], scenario)
        return self.ok(result=1)

    def reorder_scenarios(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rule = self.named_rule(account, form)
        wanted = form.ids("scenario_id")
        bound = list(rule.get("scenarios", []))
        if wanted == ALL or sorted(wanted or []) != sorted(bound):
            raise invalid("scenario_id must list every scenario bound to the rule, in the new order")
        rule.update(scenarios=list(wanted or []), modified=self.now())
        self.save(account, "rule", rule["rule_id"], rule)
        return self.ok(result=1)
