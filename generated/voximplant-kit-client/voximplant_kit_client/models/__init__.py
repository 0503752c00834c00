"""Contains all the data models used in inputs/outputs"""

from .account_domain_partner_type import AccountDomainPartnerType
from .account_domain_tariff_type import AccountDomainTariffType
from .account_domain_type import AccountDomainType
from .account_profile_type import AccountProfileType
from .account_type import AccountType
from .account_user_type import AccountUserType
from .add_dnc_contacts_form import AddDncContactsForm
from .agents_metrics_form import AgentsMetricsForm
from .agents_metrics_form_interval import AgentsMetricsFormInterval
from .agents_metrics_response import AgentsMetricsResponse
from .agents_metrics_result import AgentsMetricsResult
from .agents_metrics_result_stat import AgentsMetricsResultStat
from .agents_metrics_result_stat_additional_property import AgentsMetricsResultStatAdditionalProperty
from .agents_metrics_result_stat_additional_property_additional_property import (
    AgentsMetricsResultStatAdditionalPropertyAdditionalProperty,
)
from .agents_metrics_result_stat_additional_property_additional_property_metrics import (
    AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics,
)
from .append_fail_type import AppendFailType
from .append_to_campaign_form import AppendToCampaignForm
from .append_to_campaign_response_type import AppendToCampaignResponseType
from .append_to_campaign_response_type_result import AppendToCampaignResponseTypeResult
from .attempt_type import AttemptType
from .bind_tags_form import BindTagsForm
from .bind_topics_form import BindTopicsForm
from .bool_response_type import BoolResponseType
from .bot_login_form import BotLoginForm
from .bot_refresh_form import BotRefreshForm
from .bot_send_message_form import BotSendMessageForm
from .callback import Callback
from .callback_create_form import CallbackCreateForm
from .callback_event import CallbackEvent
from .callback_id_form import CallbackIdForm
from .callback_request import CallbackRequest
from .callback_search_form import CallbackSearchForm
from .callback_subscription import CallbackSubscription
from .callback_subscription_response import CallbackSubscriptionResponse
from .callback_subscriptions_response import CallbackSubscriptionsResponse
from .callback_update_form import CallbackUpdateForm
from .caller_id_type import CallerIDType
from .calls_history_response_type import CallsHistoryResponseType
from .calls_history_type import CallsHistoryType
from .calls_history_v4_response_type import CallsHistoryV4ResponseType
from .calls_search_calls_call_direction import CallsSearchCallsCallDirection
from .calls_type import CallsType
from .campaign_stat_form import CampaignStatForm
from .campaign_stat_response_type import CampaignStatResponseType
from .campaign_stat_type import CampaignStatType
from .campaign_type import CampaignType
from .campaign_type_status import CampaignTypeStatus
from .channel_data_object import ChannelDataObject
from .channel_data_object_variables import ChannelDataObjectVariables
from .completion_code import CompletionCode
from .cti_make_call_form import CtiMakeCallForm
from .cti_transfer_form import CtiTransferForm
from .cti_transfer_form_direction_type import CtiTransferFormDirectionType
from .cti_transfer_form_transfer_type import CtiTransferFormTransferType
from .delete_campaign_response_type import DeleteCampaignResponseType
from .delete_dnc_contact_form import DeleteDncContactForm
from .dialer_append_contacts_form import DialerAppendContactsForm
from .dialer_append_response import DialerAppendResponse
from .dialer_append_result import DialerAppendResult
from .dialer_campaign import DialerCampaign
from .dialer_campaign_list_response import DialerCampaignListResponse
from .dialer_campaign_phone_numbers import DialerCampaignPhoneNumbers
from .dialer_campaign_response import DialerCampaignResponse
from .dialer_campaign_status import DialerCampaignStatus
from .dialer_campaign_type import DialerCampaignType
from .dialer_cancel_contact_form import DialerCancelContactForm
from .dialer_cancel_lists_form import DialerCancelListsForm
from .dialer_contact import DialerContact
from .dialer_contact_phones import DialerContactPhones
from .dialer_contact_status import DialerContactStatus
from .dialer_contact_variables_item import DialerContactVariablesItem
from .dialer_contacts_response import DialerContactsResponse
from .dialer_create_agent_form import DialerCreateAgentForm
from .dialer_create_agent_form_mode import DialerCreateAgentFormMode
from .dialer_create_agent_form_predictive_mode import DialerCreateAgentFormPredictiveMode
from .dialer_create_form import DialerCreateForm
from .dialer_create_form_region import DialerCreateFormRegion
from .dialer_create_form_task_priority_strategy import DialerCreateFormTaskPriorityStrategy
from .dialer_edit_priority_form import DialerEditPriorityForm
from .dialer_id_form import DialerIdForm
from .dialer_list import DialerList
from .dialer_list_processing_status import DialerListProcessingStatus
from .dialer_list_properties import DialerListProperties
from .dialer_lists_response import DialerListsResponse
from .dialer_search_contacts_form import DialerSearchContactsForm
from .dialer_search_contacts_form_status import DialerSearchContactsFormStatus
from .dialer_search_form import DialerSearchForm
from .dialer_search_lists_form import DialerSearchListsForm
from .dialer_update_agent_form import DialerUpdateAgentForm
from .dialer_update_form import DialerUpdateForm
from .dialer_update_form_region import DialerUpdateFormRegion
from .dialer_update_form_task_priority_strategy import DialerUpdateFormTaskPriorityStrategy
from .dialing_strategy_item import DialingStrategyItem
from .dnc_contact_type import DncContactType
from .dnc_contacts_response import DncContactsResponse
from .edit_priority_response import EditPriorityResponse
from .edit_priority_result import EditPriorityResult
from .error_result_type import ErrorResultType
from .error_type import ErrorType
from .export_calls_history_report_form import ExportCallsHistoryReportForm
from .export_calls_history_report_form_call_direction import ExportCallsHistoryReportFormCallDirection
from .export_calls_history_report_form_format import ExportCallsHistoryReportFormFormat
from .export_history_report_call_direction import ExportHistoryReportCallDirection
from .export_history_report_response_type import ExportHistoryReportResponseType
from .export_stat_report_format import ExportStatReportFormat
from .export_stat_report_response_type import ExportStatReportResponseType
from .export_stat_report_response_type_result import ExportStatReportResponseTypeResult
from .get_account_info_response_type import GetAccountInfoResponseType
from .get_history_report_status_response_type import GetHistoryReportStatusResponseType
from .get_list_timezones_response_type import GetListTimezonesResponseType
from .get_scenario_variables_form import GetScenarioVariablesForm
from .get_scenario_variables_response_type import GetScenarioVariablesResponseType
from .get_stat_report_status_response_type import GetStatReportStatusResponseType
from .get_stat_report_status_response_type_result import GetStatReportStatusResponseTypeResult
from .get_timezones_by_number_form import GetTimezonesByNumberForm
from .get_timezones_by_number_response_type import GetTimezonesByNumberResponseType
from .history_search_calls_v3_call_direction import HistorySearchCallsV3CallDirection
from .history_search_calls_v4_form import HistorySearchCallsV4Form
from .history_search_calls_v4_form_call_direction import HistorySearchCallsV4FormCallDirection
from .init_campaign_form import InitCampaignForm
from .init_campaign_response_type import InitCampaignResponseType
from .kv_get_form import KvGetForm
from .kv_get_response import KvGetResponse
from .kv_put_form import KvPutForm
from .kv_put_response import KvPutResponse
from .message_payload_item import MessagePayloadItem
from .message_payload_item_buttons_item import MessagePayloadItemButtonsItem
from .message_payload_item_contract import MessagePayloadItemContract
from .message_payload_item_location import MessagePayloadItemLocation
from .message_payload_item_queue import MessagePayloadItemQueue
from .message_payload_item_skills_item import MessagePayloadItemSkillsItem
from .message_payload_item_user import MessagePayloadItemUser
from .messaging_event_message_payload_contact import MessagingEventMessagePayloadContact
from .messaging_event_message_payload_location import MessagingEventMessagePayloadLocation
from .messaging_event_message_payload_media import MessagingEventMessagePayloadMedia
from .messaging_event_message_type import MessagingEventMessageType
from .messaging_incoming_event_client_data_device_type import MessagingIncomingEventClientDataDeviceType
from .messaging_incoming_event_client_data_location_type import MessagingIncomingEventClientDataLocationType
from .messaging_incoming_event_client_data_page_type import MessagingIncomingEventClientDataPageType
from .messaging_incoming_event_client_data_utm_type import MessagingIncomingEventClientDataUtmType
from .messaging_incoming_event_type import MessagingIncomingEventType
from .messaging_incoming_event_type_client_data import MessagingIncomingEventTypeClientData
from .messaging_incoming_event_type_event_data import MessagingIncomingEventTypeEventData
from .messaging_incoming_event_type_event_type import MessagingIncomingEventTypeEventType
from .messaging_login_response_type import MessagingLoginResponseType
from .messaging_login_response_type_result import MessagingLoginResponseTypeResult
from .meta import Meta
from .outbound_search_campaigns_status import OutboundSearchCampaignsStatus
from .pause_campaign_response_type import PauseCampaignResponseType
from .pds_add_attempts_form import PdsAddAttemptsForm
from .pds_append_contacts_form import PdsAppendContactsForm
from .pds_append_response import PdsAppendResponse
from .pds_append_result import PdsAppendResult
from .pds_campaign import PdsCampaign
from .pds_campaign_list_response import PdsCampaignListResponse
from .pds_campaign_mode import PdsCampaignMode
from .pds_campaign_response import PdsCampaignResponse
from .pds_campaign_settings import PdsCampaignSettings
from .pds_campaign_stat import PdsCampaignStat
from .pds_campaign_status import PdsCampaignStatus
from .pds_cancel_contacts_form import PdsCancelContactsForm
from .pds_cancel_contacts_form_cancel_all import PdsCancelContactsFormCancelAll
from .pds_contact import PdsContact
from .pds_contact_custom_data import PdsContactCustomData
from .pds_contact_list import PdsContactList
from .pds_contact_list_processing_status import PdsContactListProcessingStatus
from .pds_contact_list_response import PdsContactListResponse
from .pds_contact_list_status import PdsContactListStatus
from .pds_contact_lists_response import PdsContactListsResponse
from .pds_contact_status import PdsContactStatus
from .pds_create_campaign_form import PdsCreateCampaignForm
from .pds_create_campaign_form_mode import PdsCreateCampaignFormMode
from .pds_create_campaign_form_operator_priority_strategy import PdsCreateCampaignFormOperatorPriorityStrategy
from .pds_create_campaign_form_outbound_record_notification_duration import (
    PdsCreateCampaignFormOutboundRecordNotificationDuration,
)
from .pds_create_campaign_form_outbound_record_notification_type import (
    PdsCreateCampaignFormOutboundRecordNotificationType,
)
from .pds_create_campaign_form_region import PdsCreateCampaignFormRegion
from .pds_create_campaign_form_request_priority_strategy import PdsCreateCampaignFormRequestPriorityStrategy
from .pds_create_campaign_form_voicemail_detection_model import PdsCreateCampaignFormVoicemailDetectionModel
from .pds_id_form import PdsIdForm
from .pds_queue import PdsQueue
from .pds_search_campaigns_form import PdsSearchCampaignsForm
from .pds_search_contacts_form import PdsSearchContactsForm
from .pds_search_lists_form import PdsSearchListsForm
from .pds_set_list_status_form import PdsSetListStatusForm
from .pds_set_list_status_form_status import PdsSetListStatusFormStatus
from .pds_set_status_form import PdsSetStatusForm
from .pds_set_status_form_status import PdsSetStatusFormStatus
from .pds_status_counts import PdsStatusCounts
from .pds_status_counts_response import PdsStatusCountsResponse
from .pds_update_campaign_form import PdsUpdateCampaignForm
from .pds_update_campaign_form_mode import PdsUpdateCampaignFormMode
from .pds_update_campaign_form_operator_priority_strategy import PdsUpdateCampaignFormOperatorPriorityStrategy
from .pds_update_campaign_form_outbound_record_notification_duration import (
    PdsUpdateCampaignFormOutboundRecordNotificationDuration,
)
from .pds_update_campaign_form_outbound_record_notification_type import (
    PdsUpdateCampaignFormOutboundRecordNotificationType,
)
from .pds_update_campaign_form_region import PdsUpdateCampaignFormRegion
from .pds_update_campaign_form_request_priority_strategy import PdsUpdateCampaignFormRequestPriorityStrategy
from .pds_update_campaign_form_voicemail_detection_model import PdsUpdateCampaignFormVoicemailDetectionModel
from .phone_number_campaign_type import PhoneNumberCampaignType
from .phone_number_scenario_type import PhoneNumberScenarioType
from .phone_number_type import PhoneNumberType
from .queue_type import QueueType
from .queues_response import QueuesResponse
from .report_id_form import ReportIdForm
from .resume_campaign_response_type import ResumeCampaignResponseType
from .run_scenario_form import RunScenarioForm
from .scenario import Scenario
from .scenario_campaign_type import ScenarioCampaignType
from .scenario_phone_number_type import ScenarioPhoneNumberType
from .scenario_scenario_type import ScenarioScenarioType
from .search_attempts_response_type import SearchAttemptsResponseType
from .search_caller_i_ds_active import SearchCallerIDsActive
from .search_caller_i_ds_response_type import SearchCallerIDsResponseType
from .search_calls_response_type import SearchCallsResponseType
from .search_campaigns_response_type import SearchCampaignsResponseType
from .search_dnc_contacts_form import SearchDncContactsForm
from .search_groups_form import SearchGroupsForm
from .search_numbers_can_be_used import SearchNumbersCanBeUsed
from .search_numbers_response_type import SearchNumbersResponseType
from .search_numbers_with_campaigns import SearchNumbersWithCampaigns
from .search_numbers_with_scenarios import SearchNumbersWithScenarios
from .search_scenarios_response_type import SearchScenariosResponseType
from .search_scenarios_scenario_type import SearchScenariosScenarioType
from .search_scenarios_with_campaigns import SearchScenariosWithCampaigns
from .search_scenarios_with_phones import SearchScenariosWithPhones
from .search_settings_response_type import SearchSettingsResponseType
from .search_tags_form import SearchTagsForm
from .search_users_form import SearchUsersForm
from .send_template_message_form import SendTemplateMessageForm
from .send_template_message_response import SendTemplateMessageResponse
from .send_template_message_result import SendTemplateMessageResult
from .setting_type import SettingType
from .settings_type import SettingsType
from .tag_type import TagType
from .tags_response import TagsResponse
from .timezone_by_phone_type import TimezoneByPhoneType
from .timezone_type import TimezoneType
from .user_group_type import UserGroupType
from .user_groups_response import UserGroupsResponse
from .user_type import UserType
from .users_response import UsersResponse
from .variables_type import VariablesType

__all__ = (
    "AccountDomainPartnerType",
    "AccountDomainTariffType",
    "AccountDomainType",
    "AccountProfileType",
    "AccountType",
    "AccountUserType",
    "AddDncContactsForm",
    "AgentsMetricsForm",
    "AgentsMetricsFormInterval",
    "AgentsMetricsResponse",
    "AgentsMetricsResult",
    "AgentsMetricsResultStat",
    "AgentsMetricsResultStatAdditionalProperty",
    "AgentsMetricsResultStatAdditionalPropertyAdditionalProperty",
    "AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics",
    "AppendFailType",
    "AppendToCampaignForm",
    "AppendToCampaignResponseType",
    "AppendToCampaignResponseTypeResult",
    "AttemptType",
    "BindTagsForm",
    "BindTopicsForm",
    "BoolResponseType",
    "BotLoginForm",
    "BotRefreshForm",
    "BotSendMessageForm",
    "Callback",
    "CallbackCreateForm",
    "CallbackEvent",
    "CallbackIdForm",
    "CallbackRequest",
    "CallbackSearchForm",
    "CallbackSubscription",
    "CallbackSubscriptionResponse",
    "CallbackSubscriptionsResponse",
    "CallbackUpdateForm",
    "CallerIDType",
    "CallsHistoryResponseType",
    "CallsHistoryType",
    "CallsHistoryV4ResponseType",
    "CallsSearchCallsCallDirection",
    "CallsType",
    "CampaignStatForm",
    "CampaignStatResponseType",
    "CampaignStatType",
    "CampaignType",
    "CampaignTypeStatus",
    "ChannelDataObject",
    "ChannelDataObjectVariables",
    "CompletionCode",
    "CtiMakeCallForm",
    "CtiTransferForm",
    "CtiTransferFormDirectionType",
    "CtiTransferFormTransferType",
    "DeleteCampaignResponseType",
    "DeleteDncContactForm",
    "DialerAppendContactsForm",
    "DialerAppendResponse",
    "DialerAppendResult",
    "DialerCampaign",
    "DialerCampaignListResponse",
    "DialerCampaignPhoneNumbers",
    "DialerCampaignResponse",
    "DialerCampaignStatus",
    "DialerCampaignType",
    "DialerCancelContactForm",
    "DialerCancelListsForm",
    "DialerContact",
    "DialerContactPhones",
    "DialerContactsResponse",
    "DialerContactStatus",
    "DialerContactVariablesItem",
    "DialerCreateAgentForm",
    "DialerCreateAgentFormMode",
    "DialerCreateAgentFormPredictiveMode",
    "DialerCreateForm",
    "DialerCreateFormRegion",
    "DialerCreateFormTaskPriorityStrategy",
    "DialerEditPriorityForm",
    "DialerIdForm",
    "DialerList",
    "DialerListProcessingStatus",
    "DialerListProperties",
    "DialerListsResponse",
    "DialerSearchContactsForm",
    "DialerSearchContactsFormStatus",
    "DialerSearchForm",
    "DialerSearchListsForm",
    "DialerUpdateAgentForm",
    "DialerUpdateForm",
    "DialerUpdateFormRegion",
    "DialerUpdateFormTaskPriorityStrategy",
    "DialingStrategyItem",
    "DncContactsResponse",
    "DncContactType",
    "EditPriorityResponse",
    "EditPriorityResult",
    "ErrorResultType",
    "ErrorType",
    "ExportCallsHistoryReportForm",
    "ExportCallsHistoryReportFormCallDirection",
    "ExportCallsHistoryReportFormFormat",
    "ExportHistoryReportCallDirection",
    "ExportHistoryReportResponseType",
    "ExportStatReportFormat",
    "ExportStatReportResponseType",
    "ExportStatReportResponseTypeResult",
    "GetAccountInfoResponseType",
    "GetHistoryReportStatusResponseType",
    "GetListTimezonesResponseType",
    "GetScenarioVariablesForm",
    "GetScenarioVariablesResponseType",
    "GetStatReportStatusResponseType",
    "GetStatReportStatusResponseTypeResult",
    "GetTimezonesByNumberForm",
    "GetTimezonesByNumberResponseType",
    "HistorySearchCallsV3CallDirection",
    "HistorySearchCallsV4Form",
    "HistorySearchCallsV4FormCallDirection",
    "InitCampaignForm",
    "InitCampaignResponseType",
    "KvGetForm",
    "KvGetResponse",
    "KvPutForm",
    "KvPutResponse",
    "MessagePayloadItem",
    "MessagePayloadItemButtonsItem",
    "MessagePayloadItemContract",
    "MessagePayloadItemLocation",
    "MessagePayloadItemQueue",
    "MessagePayloadItemSkillsItem",
    "MessagePayloadItemUser",
    "MessagingEventMessagePayloadContact",
    "MessagingEventMessagePayloadLocation",
    "MessagingEventMessagePayloadMedia",
    "MessagingEventMessageType",
    "MessagingIncomingEventClientDataDeviceType",
    "MessagingIncomingEventClientDataLocationType",
    "MessagingIncomingEventClientDataPageType",
    "MessagingIncomingEventClientDataUtmType",
    "MessagingIncomingEventType",
    "MessagingIncomingEventTypeClientData",
    "MessagingIncomingEventTypeEventData",
    "MessagingIncomingEventTypeEventType",
    "MessagingLoginResponseType",
    "MessagingLoginResponseTypeResult",
    "Meta",
    "OutboundSearchCampaignsStatus",
    "PauseCampaignResponseType",
    "PdsAddAttemptsForm",
    "PdsAppendContactsForm",
    "PdsAppendResponse",
    "PdsAppendResult",
    "PdsCampaign",
    "PdsCampaignListResponse",
    "PdsCampaignMode",
    "PdsCampaignResponse",
    "PdsCampaignSettings",
    "PdsCampaignStat",
    "PdsCampaignStatus",
    "PdsCancelContactsForm",
    "PdsCancelContactsFormCancelAll",
    "PdsContact",
    "PdsContactCustomData",
    "PdsContactList",
    "PdsContactListProcessingStatus",
    "PdsContactListResponse",
    "PdsContactListsResponse",
    "PdsContactListStatus",
    "PdsContactStatus",
    "PdsCreateCampaignForm",
    "PdsCreateCampaignFormMode",
    "PdsCreateCampaignFormOperatorPriorityStrategy",
    "PdsCreateCampaignFormOutboundRecordNotificationDuration",
    "PdsCreateCampaignFormOutboundRecordNotificationType",
    "PdsCreateCampaignFormRegion",
    "PdsCreateCampaignFormRequestPriorityStrategy",
    "PdsCreateCampaignFormVoicemailDetectionModel",
    "PdsIdForm",
    "PdsQueue",
    "PdsSearchCampaignsForm",
    "PdsSearchContactsForm",
    "PdsSearchListsForm",
    "PdsSetListStatusForm",
    "PdsSetListStatusFormStatus",
    "PdsSetStatusForm",
    "PdsSetStatusFormStatus",
    "PdsStatusCounts",
    "PdsStatusCountsResponse",
    "PdsUpdateCampaignForm",
    "PdsUpdateCampaignFormMode",
    "PdsUpdateCampaignFormOperatorPriorityStrategy",
    "PdsUpdateCampaignFormOutboundRecordNotificationDuration",
    "PdsUpdateCampaignFormOutboundRecordNotificationType",
    "PdsUpdateCampaignFormRegion",
    "PdsUpdateCampaignFormRequestPriorityStrategy",
    "PdsUpdateCampaignFormVoicemailDetectionModel",
    "PhoneNumberCampaignType",
    "PhoneNumberScenarioType",
    "PhoneNumberType",
    "QueuesResponse",
    "QueueType",
    "ReportIdForm",
    "ResumeCampaignResponseType",
    "RunScenarioForm",
    "Scenario",
    "ScenarioCampaignType",
    "ScenarioPhoneNumberType",
    "ScenarioScenarioType",
    "SearchAttemptsResponseType",
    "SearchCallerIDsActive",
    "SearchCallerIDsResponseType",
    "SearchCallsResponseType",
    "SearchCampaignsResponseType",
    "SearchDncContactsForm",
    "SearchGroupsForm",
    "SearchNumbersCanBeUsed",
    "SearchNumbersResponseType",
    "SearchNumbersWithCampaigns",
    "SearchNumbersWithScenarios",
    "SearchScenariosResponseType",
    "SearchScenariosScenarioType",
    "SearchScenariosWithCampaigns",
    "SearchScenariosWithPhones",
    "SearchSettingsResponseType",
    "SearchTagsForm",
    "SearchUsersForm",
    "SendTemplateMessageForm",
    "SendTemplateMessageResponse",
    "SendTemplateMessageResult",
    "SettingsType",
    "SettingType",
    "TagsResponse",
    "TagType",
    "TimezoneByPhoneType",
    "TimezoneType",
    "UserGroupsResponse",
    "UserGroupType",
    "UsersResponse",
    "UserType",
    "VariablesType",
)
