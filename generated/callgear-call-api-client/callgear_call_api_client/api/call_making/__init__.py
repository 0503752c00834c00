"""Methods tagged call_making: start.employee_call, start.scenario_call, start.vnumber_call, start.informer_call, start.simple_call"""
