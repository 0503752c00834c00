"""Contains all the data models used in inputs/outputs"""

from .callgear_add_employees_body import CallgearAddEmployeesBody
from .callgear_add_employees_body_phone_numbers_item_type_1 import CallgearAddEmployeesBodyPhoneNumbersItemType1
from .callgear_add_media_body import CallgearAddMediaBody
from .callgear_add_scenarios_body import CallgearAddScenariosBody
from .callgear_add_tags_body import CallgearAddTagsBody
from .callgear_add_talk_options_body import CallgearAddTalkOptionsBody
from .callgear_add_talk_options_body_button_value_type_0 import CallgearAddTalkOptionsBodyButtonValueType0
from .callgear_add_talk_options_body_mnemonic import CallgearAddTalkOptionsBodyMnemonic
from .callgear_add_virtual_numbers_body import CallgearAddVirtualNumbersBody
from .callgear_answer_call_body import CallgearAnswerCallBody
from .callgear_components_item import CallgearComponentsItem
from .callgear_create_account_body import CallgearCreateAccountBody
from .callgear_create_key_body import CallgearCreateKeyBody
from .callgear_create_user_body import CallgearCreateUserBody
from .callgear_hang_up_call_body import CallgearHangUpCallBody
from .callgear_inbound_call_body import CallgearInboundCallBody
from .callgear_key import CallgearKey
from .callgear_settings import CallgearSettings
from .callgear_settings_method_points import CallgearSettingsMethodPoints
from .callgear_update_key_body import CallgearUpdateKeyBody
from .callgear_update_user_body import CallgearUpdateUserBody
from .callgear_user import CallgearUser
from .ccai_add_outbound_number_body import CcaiAddOutboundNumberBody
from .ccai_add_ticket_body import CcaiAddTicketBody
from .ccai_create_agent_body import CcaiCreateAgentBody
from .ccai_create_agent_body_status import CcaiCreateAgentBodyStatus
from .ccai_create_customer_body import CcaiCreateCustomerBody
from .ccai_create_menu_body import CcaiCreateMenuBody
from .ccai_create_menu_body_menu_type import CcaiCreateMenuBodyMenuType
from .ccai_create_menu_body_state import CcaiCreateMenuBodyState
from .ccai_create_menu_body_wait_times import CcaiCreateMenuBodyWaitTimes
from .ccai_force_call_status_body import CcaiForceCallStatusBody
from .ccai_list_customers_response_200_item import CcaiListCustomersResponse200Item
from .ccai_settings import CcaiSettings
from .clock_advance import ClockAdvance
from .clock_state import ClockState
from .delivery import Delivery
from .delivery_attempts_item import DeliveryAttemptsItem
from .delivery_headers import DeliveryHeaders
from .delivery_query import DeliveryQuery
from .delivery_refs import DeliveryRefs
from .delivery_state import DeliveryState
from .document import Document
from .dtmf_step import DtmfStep
from .error import Error
from .far_end_outcome import FarEndOutcome
from .far_end_rule import FarEndRule
from .far_end_rule_details import FarEndRuleDetails
from .far_end_rule_dtmf_item import FarEndRuleDtmfItem
from .far_end_rule_input import FarEndRuleInput
from .far_end_rule_input_details import FarEndRuleInputDetails
from .fault_rule import FaultRule
from .fault_rule_input import FaultRuleInput
from .fault_rule_input_action import FaultRuleInputAction
from .fault_rule_input_target import FaultRuleInputTarget
from .fault_rule_latency_type_0 import FaultRuleLatencyType0
from .inspector_state import InspectorState
from .inspector_state_clock import InspectorStateClock
from .inspector_state_timeline import InspectorStateTimeline
from .inspector_state_timeline_pending_item import InspectorStateTimelinePendingItem
from .journal_entry import JournalEntry
from .journal_entry_fault_type_0 import JournalEntryFaultType0
from .journal_message import JournalMessage
from .journal_message_headers import JournalMessageHeaders
from .kit_add_caller_id_body import KitAddCallerIdBody
from .kit_add_channels_body import KitAddChannelsBody
from .kit_add_dnc_lists_body import KitAddDncListsBody
from .kit_add_number_body import KitAddNumberBody
from .kit_add_queues_body import KitAddQueuesBody
from .kit_add_scenarios_body import KitAddScenariosBody
from .kit_add_tags_body import KitAddTagsBody
from .kit_add_token_body import KitAddTokenBody
from .kit_add_users_body import KitAddUsersBody
from .kit_create_account_body import KitCreateAccountBody
from .kit_inject_inbound_call_body import KitInjectInboundCallBody
from .kit_injected_call import KitInjectedCall
from .kit_list_accounts_response_200_item import KitListAccountsResponse200Item
from .kit_list_completion_codes_response_200 import KitListCompletionCodesResponse200
from .kit_list_completion_codes_response_200_additional_property import (
    KitListCompletionCodesResponse200AdditionalProperty,
)
from .kit_outcome import KitOutcome
from .kit_outcome_input import KitOutcomeInput
from .kit_outcome_name import KitOutcomeName
from .kit_set_outcome_body import KitSetOutcomeBody
from .kit_settings import KitSettings
from .latency_type_1 import LatencyType1
from .latency_type_1_distribution import LatencyType1Distribution
from .party_far_end_rule import PartyFarEndRule
from .settings import Settings
from .settings_change import SettingsChange
from .settings_change_clock import SettingsChangeClock
from .settings_clock import SettingsClock
from .timeline import Timeline
from .timeline_pending_item import TimelinePendingItem
from .vm_add_acd_request_body import VmAddAcdRequestBody
from .vm_add_call_session_body import VmAddCallSessionBody
from .vm_add_caller_id_body import VmAddCallerIdBody
from .vm_add_dialogflow_key_body import VmAddDialogflowKeyBody
from .vm_add_invoice_body import VmAddInvoiceBody
from .vm_add_phone_number_body import VmAddPhoneNumberBody
from .vm_add_regulation_address_body import VmAddRegulationAddressBody
from .vm_add_regulation_address_body_status import VmAddRegulationAddressBodyStatus
from .vm_add_rule_body import VmAddRuleBody
from .vm_add_sip_registration_body import VmAddSipRegistrationBody
from .vm_add_wab_phone_number_body import VmAddWabPhoneNumberBody
from .vm_create_account_body import VmCreateAccountBody
from .vm_credentials import VmCredentials
from .vm_inbound_call_body import VmInboundCallBody
from .vm_inbound_call_response_201 import VmInboundCallResponse201
from .vm_inbound_sms_body import VmInboundSmsBody
from .vm_list_call_list_tasks_response_200 import VmListCallListTasksResponse200
from .vm_list_sent_sms_response_200 import VmListSentSmsResponse200
from .vm_media_session import VmMediaSession
from .vm_set_acd_status_body import VmSetAcdStatusBody
from .vm_set_acd_status_body_acd_status import VmSetAcdStatusBodyAcdStatus
from .vm_set_acd_status_response_200 import VmSetAcdStatusResponse200
from .vm_set_sq_status_body import VmSetSqStatusBody
from .vm_set_sq_status_body_sq_status_name import VmSetSqStatusBodySqStatusName
from .vm_set_sq_status_body_type import VmSetSqStatusBodyType
from .voxology_add_number_body import VoxologyAddNumberBody
from .voxology_create_tenant_body import VoxologyCreateTenantBody
from .voxology_create_tenant_response_201 import VoxologyCreateTenantResponse201
from .voxology_far_end_acts_body import VoxologyFarEndActsBody
from .voxology_far_end_acts_body_answered_by import VoxologyFarEndActsBodyAnsweredBy
from .voxology_far_end_acts_body_status import VoxologyFarEndActsBodyStatus
from .voxology_inbound_call_body import VoxologyInboundCallBody
from .voxology_inbound_sms_body import VoxologyInboundSmsBody
from .voxology_press_digits_body import VoxologyPressDigitsBody
from .voxology_settings import VoxologySettings
from .voxology_settings_answer import VoxologySettingsAnswer
from .voxology_settings_answered_by import VoxologySettingsAnsweredBy
from .voxology_settings_message_outcome import VoxologySettingsMessageOutcome
from .voxology_verify_caller_id_body import VoxologyVerifyCallerIdBody

__all__ = (
    "CallgearAddEmployeesBody",
    "CallgearAddEmployeesBodyPhoneNumbersItemType1",
    "CallgearAddMediaBody",
    "CallgearAddScenariosBody",
    "CallgearAddTagsBody",
    "CallgearAddTalkOptionsBody",
    "CallgearAddTalkOptionsBodyButtonValueType0",
    "CallgearAddTalkOptionsBodyMnemonic",
    "CallgearAddVirtualNumbersBody",
    "CallgearAnswerCallBody",
    "CallgearComponentsItem",
    "CallgearCreateAccountBody",
    "CallgearCreateKeyBody",
    "CallgearCreateUserBody",
    "CallgearHangUpCallBody",
    "CallgearInboundCallBody",
    "CallgearKey",
    "CallgearSettings",
    "CallgearSettingsMethodPoints",
    "CallgearUpdateKeyBody",
    "CallgearUpdateUserBody",
    "CallgearUser",
    "CcaiAddOutboundNumberBody",
    "CcaiAddTicketBody",
    "CcaiCreateAgentBody",
    "CcaiCreateAgentBodyStatus",
    "CcaiCreateCustomerBody",
    "CcaiCreateMenuBody",
    "CcaiCreateMenuBodyMenuType",
    "CcaiCreateMenuBodyState",
    "CcaiCreateMenuBodyWaitTimes",
    "CcaiForceCallStatusBody",
    "CcaiListCustomersResponse200Item",
    "CcaiSettings",
    "ClockAdvance",
    "ClockState",
    "Delivery",
    "DeliveryAttemptsItem",
    "DeliveryHeaders",
    "DeliveryQuery",
    "DeliveryRefs",
    "DeliveryState",
    "Document",
    "DtmfStep",
    "Error",
    "FarEndOutcome",
    "FarEndRule",
    "FarEndRuleDetails",
    "FarEndRuleDtmfItem",
    "FarEndRuleInput",
    "FarEndRuleInputDetails",
    "FaultRule",
    "FaultRuleInput",
    "FaultRuleInputAction",
    "FaultRuleInputTarget",
    "FaultRuleLatencyType0",
    "InspectorState",
    "InspectorStateClock",
    "InspectorStateTimeline",
    "InspectorStateTimelinePendingItem",
    "JournalEntry",
    "JournalEntryFaultType0",
    "JournalMessage",
    "JournalMessageHeaders",
    "KitAddCallerIdBody",
    "KitAddChannelsBody",
    "KitAddDncListsBody",
    "KitAddNumberBody",
    "KitAddQueuesBody",
    "KitAddScenariosBody",
    "KitAddTagsBody",
    "KitAddTokenBody",
    "KitAddUsersBody",
    "KitCreateAccountBody",
    "KitInjectedCall",
    "KitInjectInboundCallBody",
    "KitListAccountsResponse200Item",
    "KitListCompletionCodesResponse200",
    "KitListCompletionCodesResponse200AdditionalProperty",
    "KitOutcome",
    "KitOutcomeInput",
    "KitOutcomeName",
    "KitSetOutcomeBody",
    "KitSettings",
    "LatencyType1",
    "LatencyType1Distribution",
    "PartyFarEndRule",
    "Settings",
    "SettingsChange",
    "SettingsChangeClock",
    "SettingsClock",
    "Timeline",
    "TimelinePendingItem",
    "VmAddAcdRequestBody",
    "VmAddCallerIdBody",
    "VmAddCallSessionBody",
    "VmAddDialogflowKeyBody",
    "VmAddInvoiceBody",
    "VmAddPhoneNumberBody",
    "VmAddRegulationAddressBody",
    "VmAddRegulationAddressBodyStatus",
    "VmAddRuleBody",
    "VmAddSipRegistrationBody",
    "VmAddWabPhoneNumberBody",
    "VmCreateAccountBody",
    "VmCredentials",
    "VmInboundCallBody",
    "VmInboundCallResponse201",
    "VmInboundSmsBody",
    "VmListCallListTasksResponse200",
    "VmListSentSmsResponse200",
    "VmMediaSession",
    "VmSetAcdStatusBody",
    "VmSetAcdStatusBodyAcdStatus",
    "VmSetAcdStatusResponse200",
    "VmSetSqStatusBody",
    "VmSetSqStatusBodySqStatusName",
    "VmSetSqStatusBodyType",
    "VoxologyAddNumberBody",
    "VoxologyCreateTenantBody",
    "VoxologyCreateTenantResponse201",
    "VoxologyFarEndActsBody",
    "VoxologyFarEndActsBodyAnsweredBy",
    "VoxologyFarEndActsBodyStatus",
    "VoxologyInboundCallBody",
    "VoxologyInboundSmsBody",
    "VoxologyPressDigitsBody",
    "VoxologySettings",
    "VoxologySettingsAnswer",
    "VoxologySettingsAnsweredBy",
    "VoxologySettingsMessageOutcome",
    "VoxologyVerifyCallerIdBody",
)
