"""Contains all the data models used in params and results"""

from .active_call import ActiveCall
from .active_call_direction import ActiveCallDirection
from .add_coach_params import AddCoachParams
from .block_contact_params import BlockContactParams
from .call_leg import CallLeg
from .call_leg_state import CallLegState
from .call_session_result import CallSessionResult
from .call_session_result_data import CallSessionResultData
from .call_tag import CallTag
from .call_talk_option_params import CallTalkOptionParams
from .calls_result import CallsResult
from .disconnect_leg_params import DisconnectLegParams
from .employee_target import EmployeeTarget
from .hold_call_params import HoldCallParams
from .limits import Limits
from .list_calls_direction import ListCallsDirection
from .list_calls_params import ListCallsParams
from .list_talk_options_params import ListTalkOptionsParams
from .login_result import LoginResult
from .login_result_data import LoginResultData
from .login_user_params import LoginUserParams
from .logout_result import LogoutResult
from .logout_result_data import LogoutResultData
from .logout_user_params import LogoutUserParams
from .make_call_params import MakeCallParams
from .message import Message
from .message_type import MessageType
from .metadata import Metadata
from .metadata_api_version import MetadataApiVersion
from .record_call_action import RecordCallAction
from .record_call_params import RecordCallParams
from .release_call_params import ReleaseCallParams
from .restore_talk_params import RestoreTalkParams
from .send_dtmf_params import SendDtmfParams
from .start_employee_call_direction import StartEmployeeCallDirection
from .start_employee_call_first_call import StartEmployeeCallFirstCall
from .start_employee_call_params import StartEmployeeCallParams
from .start_informer_call_direction import StartInformerCallDirection
from .start_informer_call_params import StartInformerCallParams
from .start_scenario_call_direction import StartScenarioCallDirection
from .start_scenario_call_first_call import StartScenarioCallFirstCall
from .start_scenario_call_params import StartScenarioCallParams
from .start_simple_call_direction import StartSimpleCallDirection
from .start_simple_call_first_call import StartSimpleCallFirstCall
from .start_simple_call_operator_confirmation import StartSimpleCallOperatorConfirmation
from .start_simple_call_params import StartSimpleCallParams
from .start_vnumber_call_direction import StartVnumberCallDirection
from .start_vnumber_call_first_call import StartVnumberCallFirstCall
from .start_vnumber_call_params import StartVnumberCallParams
from .success_result import SuccessResult
from .success_result_data import SuccessResultData
from .success_result_data_success import SuccessResultDataSuccess
from .tag_call_params import TagCallParams
from .talk_option import TalkOption
from .talk_option_mnemonic import TalkOptionMnemonic
from .talk_option_value import TalkOptionValue
from .talk_options_result import TalkOptionsResult
from .transfer_talk_params import TransferTalkParams
from .unhold_call_params import UnholdCallParams

__all__ = (
    "ActiveCall",
    "ActiveCallDirection",
    "AddCoachParams",
    "BlockContactParams",
    "CallLeg",
    "CallLegState",
    "CallSessionResult",
    "CallSessionResultData",
    "CallTag",
    "CallTalkOptionParams",
    "CallsResult",
    "DisconnectLegParams",
    "EmployeeTarget",
    "HoldCallParams",
    "Limits",
    "ListCallsDirection",
    "ListCallsParams",
    "ListTalkOptionsParams",
    "LoginResult",
    "LoginResultData",
    "LoginUserParams",
    "LogoutResult",
    "LogoutResultData",
    "LogoutUserParams",
    "MakeCallParams",
    "Message",
    "MessageType",
    "Metadata",
    "MetadataApiVersion",
    "RecordCallAction",
    "RecordCallParams",
    "ReleaseCallParams",
    "RestoreTalkParams",
    "SendDtmfParams",
    "StartEmployeeCallDirection",
    "StartEmployeeCallFirstCall",
    "StartEmployeeCallParams",
    "StartInformerCallDirection",
    "StartInformerCallParams",
    "StartScenarioCallDirection",
    "StartScenarioCallFirstCall",
    "StartScenarioCallParams",
    "StartSimpleCallDirection",
    "StartSimpleCallFirstCall",
    "StartSimpleCallOperatorConfirmation",
    "StartSimpleCallParams",
    "StartVnumberCallDirection",
    "StartVnumberCallFirstCall",
    "StartVnumberCallParams",
    "SuccessResult",
    "SuccessResultData",
    "SuccessResultDataSuccess",
    "TagCallParams",
    "TalkOption",
    "TalkOptionMnemonic",
    "TalkOptionValue",
    "TalkOptionsResult",
    "TransferTalkParams",
    "UnholdCallParams",
)
